package sage.server.trading.venue.bybit;

import java.time.Duration;

import sage.server.trading.venue.VenueCalls;

/**
 * How {@link BybitSpotVenue} paces and retries its calls.
 *
 * @param recvWindow how long after its timestamp Bybit may still act on a signed request
 * (Bybit's default is 5 s)
 * @param requestTimeout the most one request may take before its outcome counts as
 * unknown
 * @param requestsPerWindow the requests the client allows itself per five-second window;
 * a call that would cross it is refused locally (Bybit's IP limit is 600, and breaking it
 * bans the IP)
 * @param readAttempts how often a read is tried in all when the venue fails or does not
 * answer
 * @param firstRetry the wait before the second attempt, doubled for each one after
 * @param longestRetry the longest wait between attempts
 * @param lookupAttempts how often an order lookup is tried in all while Bybit does not
 * show the order (it may not for a moment after creating it)
 * @param banLength how long an IP ban (HTTP 403) is assumed to last: Bybit says neither
 * in a header nor in the body
 */
public record BybitLimits(Duration recvWindow, Duration requestTimeout, int requestsPerWindow, int readAttempts,
		Duration firstRetry, Duration longestRetry, int lookupAttempts, Duration banLength) {

	/** The window Bybit counts its IP limit in. */
	static final Duration WINDOW = Duration.ofSeconds(5);

	/** A longer {@code recvWindow} only widens the replay window (declared first). */
	private static final Duration MAX_RECV_WINDOW = Duration.ofSeconds(60);

	/**
	 * Bybit's defaults and a few short retries: five-second window, ten-second timeout,
	 * 500 requests per five seconds (under Bybit's 600), three read attempts from 200 ms,
	 * four lookups, and a ten-minute ban (Bybit: "wait for at least 10 minutes").
	 */
	public static final BybitLimits DEFAULTS = new BybitLimits(Duration.ofSeconds(5), Duration.ofSeconds(10), 500, 3,
			Duration.ofMillis(200), Duration.ofSeconds(2), 4, Duration.ofMinutes(10));

	public BybitLimits {
		if (recvWindow.isNegative() || recvWindow.isZero() || recvWindow.compareTo(MAX_RECV_WINDOW) > 0) {
			throw new IllegalArgumentException("recvWindow must be in (0, 60s], got " + recvWindow);
		}
		if (requestTimeout.isNegative() || requestTimeout.isZero()) {
			throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
		}
		if (requestsPerWindow < 1 || readAttempts < 1 || lookupAttempts < 1) {
			throw new IllegalArgumentException("requestsPerWindow, readAttempts and lookupAttempts must be at least 1");
		}
		if (firstRetry.isNegative() || longestRetry.compareTo(firstRetry) < 0) {
			throw new IllegalArgumentException(
					"need 0 <= firstRetry <= longestRetry, got " + firstRetry + " and " + longestRetry);
		}
		if (banLength.isNegative() || banLength.isZero()) {
			throw new IllegalArgumentException("banLength must be positive");
		}
	}

	/** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
	Duration retryDelay(int attempt) {
		return VenueCalls.backoff(this.firstRetry, this.longestRetry, attempt);
	}

}
