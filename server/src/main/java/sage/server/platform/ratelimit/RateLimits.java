package sage.server.platform.ratelimit;

/** What other modules need to know about rate limits. */
public final class RateLimits {

	/**
	 * The request attribute an authentication step sets to {@code "PRO"} for callers on
	 * the PRO tier, whose limits are multiplied by
	 * {@code sage.rate-limits.pro-multiplier}.
	 */
	public static final String TIER_ATTRIBUTE = "sage.rateLimitTier";

	private RateLimits() {
	}

}
