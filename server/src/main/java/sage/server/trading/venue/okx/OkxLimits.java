package sage.server.trading.venue.okx;

import java.time.Duration;

import sage.server.trading.venue.VenueCalls;

/**
 * How {@link OkxSpotVenue} waits for and retries its calls.
 *
 * @param requestTimeout the most one request may take before its outcome counts as
 * unknown
 * @param readAttempts how often a read is tried in all when the venue fails or does not
 * answer
 * @param firstRetry the wait before the second attempt, doubled for each one after
 * @param longestRetry the longest wait between attempts
 * @param lookupAttempts how often an order lookup is tried in all while OKX says the
 * order does not exist (it may not show an order for a moment after creating it)
 * @param rateLimitWithoutRetryAfter how long nothing is sent after OKX answered HTTP 429
 * (or code {@code 50011}) without a {@code Retry-After} header; OKX counts its limits per
 * endpoint over two seconds
 */
public record OkxLimits(Duration requestTimeout, int readAttempts, Duration firstRetry, Duration longestRetry,
		int lookupAttempts, Duration rateLimitWithoutRetryAfter) {

	/**
	 * A ten-second timeout, three read attempts from 200 ms, four lookups, and a
	 * two-second pause after a rate limit (OKX's window).
	 */
	public static final OkxLimits DEFAULTS = new OkxLimits(Duration.ofSeconds(10), 3, Duration.ofMillis(200),
			Duration.ofSeconds(2), 4, Duration.ofSeconds(2));

	public OkxLimits {
		if (requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
		}
		if (readAttempts < 1 || lookupAttempts < 1) {
			throw new IllegalArgumentException("readAttempts and lookupAttempts must be at least 1");
		}
		if (firstRetry.isNegative() || longestRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException(
					"need 0 <= firstRetry <= longestRetry, got " + firstRetry + " and " + longestRetry);
		}
		if (rateLimitWithoutRetryAfter.isNegative() || rateLimitWithoutRetryAfter.isZero()) {
			throw new IllegalArgumentException("rateLimitWithoutRetryAfter must be positive");
		}
	}

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	Duration retryDelay(int attempt) {
		return VenueCalls.backoff(this.firstRetry, this.longestRetry, attempt);
	}

}
