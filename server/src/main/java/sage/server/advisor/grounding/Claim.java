package sage.server.advisor.grounding;

/**
 * Something a text states that a fact must back: a number ({@link NumberClaim}) or a date
 * or time ({@link TimeClaim}), with where it stands in the text.
 */
public sealed interface Claim permits NumberClaim, TimeClaim {

	/** Index of its first character in the text. */
	int start();

	/** Index just past its last character. */
	int end();

	/**
	 * The claim as written, {@code text.substring(start, end)}: with its sign, currency,
	 * multiplier and unit ({@code "-$1.2B"}, {@code "9,500만 원"}, {@code "12.5%"}).
	 */
	String written();

}
