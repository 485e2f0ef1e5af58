package sage.server.advisor.risk;

/**
 * The risk desk's refusal to let an answer suggest buying an asset for this user: the
 * answer cautions instead.
 *
 * @param reason why
 * @param explanation the reason in the answer's language, for the user
 */
public record Veto(Reason reason, String explanation) {

	/** Why an asset is vetoed. */
	public enum Reason {

		/** Its volatility is more than three times the user's target volatility. */
		VOLATILITY_FAR_ABOVE_TOLERANCE,
		/** It is {@link RiskLevel#VERY_HIGH} and the user is a beginner. */
		TOO_RISKY_FOR_A_BEGINNER

	}

}
