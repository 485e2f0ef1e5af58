package sage.server.trading.venue.binance;

import java.time.Duration;

import sage.server.trading.venue.VenueCalls;

/**
 * How {@link BinanceSpotVenue} paces and retries its calls.
 *
 * @param recvWindow how long after its timestamp Binance may still act on a signed
 * request (at most 60 s; Binance's default is 5 s)
 * @param requestTimeout the most one request may take before its outcome counts as
 * unknown
 * @param weightPerMinute the request weight the client allows itself per minute; a call
 * that would cross it is refused locally (Binance's IP limit is 6000)
 * @param readAttempts how often a read is tried in all when the venue fails or does not
 * answer
 * @param firstRetry the wait before the second attempt, doubled for each one after
 * @param longestRetry the longest wait between attempts
 * @param lookupAttempts how often an order lookup is tried in all while Binance says the
 * order does not exist (it may not show an order for a moment after creating it)
 * @param banWithoutRetryAfter how long a ban (HTTP 418) lasts when Binance says neither
 * in a header nor in its message
 */
public record BinanceLimits(Duration recvWindow, Duration requestTimeout, int weightPerMinute, int readAttempts,
		Duration firstRetry, Duration longestRetry, int lookupAttempts, Duration banWithoutRetryAfter) {

	/**
	 * Binance refuses a larger {@code recvWindow} (declared first: {@link #DEFAULTS} is
	 * checked against it).
	 */
	private static final Duration MAX_RECV_WINDOW = Duration.ofSeconds(60);

	/**
	 * Binance's own limits and a few short retries: five-second window, ten-second
	 * timeout, 6000 weight a minute, three read attempts from 200 ms, four lookups, a
	 * two-minute ban (Binance's shortest).
	 */
	public static final BinanceLimits DEFAULTS = new BinanceLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 6000,
			3, Duration.ofMillis(200), Duration.ofSeconds(2), 4, Duration.ofMinutes(2));

	public BinanceLimits {
		if (recvWindow.isNegative() || recvWindow.isZero() || recvWindow.compareTo(MAX_RECV_WINDOW) > 0) {
			throw new IllegalArgumentException("recvWindow must be in (0, 60s], got " + recvWindow);
		}
		if (requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
		}
		if (weightPerMinute < 1 || readAttempts < 1 || lookupAttempts < 1) {
			throw new IllegalArgumentException("weightPerMinute, readAttempts and lookupAttempts must be at least 1");
		}
		if (firstRetry.isNegative() || longestRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException(
					"need 0 <= firstRetry <= longestRetry, got " + firstRetry + " and " + longestRetry);
		}
		if (banWithoutRetryAfter.isNegative() || banWithoutRetryAfter.isZero()) {
			throw new IllegalArgumentException("banWithoutRetryAfter must be positive");
		}
	}

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	Duration retryDelay(int attempt) {
		return VenueCalls.backoff(this.firstRetry, this.longestRetry, attempt);
	}

}
