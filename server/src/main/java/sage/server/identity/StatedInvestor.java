package sage.server.identity;

import org.jspecify.annotations.Nullable;

/**
 * What a user chose to say of themselves as an investor in their account settings: each
 * part only where they changed it from the value every account starts with (a default is
 * not a statement).
 *
 * @param experienceLevel {@code INTERMEDIATE} or {@code EXPERIENCED}; null when left at
 * {@code BEGINNER}
 * @param riskTolerance {@code CONSERVATIVE} or {@code AGGRESSIVE}; null when left at
 * {@code MODERATE}
 */
public record StatedInvestor(@Nullable String experienceLevel, @Nullable String riskTolerance) {

	/** Nothing changed from the defaults. */
	public static final StatedInvestor NOTHING = new StatedInvestor(null, null);

}
