package sage.server.advisor.grounding;

/** How a fact backs a claim. */
public enum Support {

	/** The fact's value, rounded to the precision the claim is written with. */
	VALUE,
	/**
	 * A whole number in the fact's label or id: the 14 of {@code "RSI (14)"}, the 30 of
	 * {@code "30-day volatility"}. Backs only a claim written as a parameter
	 * ({@link NumberClaim#writtenAsParameter()}).
	 */
	LABEL,
	/**
	 * The fact's time ({@link sage.server.advisor.facts.Fact#asOf()}): a date, a time, a
	 * year.
	 */
	AS_OF

}
