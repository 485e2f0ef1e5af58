package sage.server.market.provider;

import java.time.Duration;

/**
 * How patiently Sage talks to one upstream.
 *
 * @param timeout the most one request may take
 * @param maxAttempts tries per call, the first included (1 = no retry)
 * @param initialBackoff wait before the second try; doubles per try, with jitter
 * @param maxBackoff the longest wait between two tries
 * @param maxRetryAfter the longest {@code Retry-After} waited for inside one call; a
 * longer one fails the call at once and blocks calls until it has passed
 * @param failureRatePercent share of failed calls (in the last {@code window}) that opens
 * the circuit
 * @param window calls the failure rate is measured over; the circuit judges only once
 * that many calls were made
 * @param openFor how long an open circuit refuses calls before letting one through
 */
public record UpstreamSettings(Duration timeout, int maxAttempts, Duration initialBackoff, Duration maxBackoff,
		Duration maxRetryAfter, int failureRatePercent, int window, Duration openFor) {

	/**
	 * Defaults for a public HTTP API: 10 s, 3 tries from 500 ms, circuit at 50% of 10.
	 */
	public static final UpstreamSettings DEFAULTS = new UpstreamSettings(Duration.ofSeconds(10), 3,
			Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30), 50, 10, Duration.ofSeconds(60));

	public UpstreamSettings {
		if (maxAttempts < 1 || failureRatePercent < 1 || failureRatePercent > 100 || window < 1) {
			throw new IllegalArgumentException("invalid upstream settings: attempts " + maxAttempts + ", failure rate "
					+ failureRatePercent + "%, window " + window);
		}
	}

}
