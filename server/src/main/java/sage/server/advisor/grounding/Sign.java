package sage.server.advisor.grounding;

/**
 * The sign a number is written with. Only a sign character ({@code +}, {@code -}, the
 * Unicode minus {@code −}) or word ({@code minus}, {@code 마이너스}, {@code plus},
 * {@code 플러스}) counts; direction words ("fell", "하락") do not, because a fact may hold a
 * fall as a positive size (a drawdown of 25 is 25 % below the peak).
 */
public enum Sign {

	/** Written without a sign: states a size, matches a fact of either sign. */
	UNSTATED,
	/** Written with a plus: the fact must not be negative. */
	POSITIVE,
	/** Written with a minus: the fact must be negative. */
	NEGATIVE

}
