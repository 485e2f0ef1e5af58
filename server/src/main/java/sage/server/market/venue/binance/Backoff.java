package sage.server.market.venue.binance;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long to wait before the next reconnect: doubling from {@code initial} with every
 * failed attempt up to {@code max}, then jittered into the upper half of that, so that
 * many nodes dropped together do not knock on the exchange's door in step.
 *
 * @param initial the wait after the first failure
 * @param max the longest wait
 */
record Backoff(Duration initial, Duration max) {

	Backoff {
		if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
			throw new IllegalArgumentException("need 0 < initial <= max, got " + initial + " and " + max);
		}
	}

	/**
	 * The wait after {@code failures} failed attempts in a row.
	 * @param failures 1 after the first failure
	 */
	Duration delay(int failures, RandomGenerator random) {
		long cap = this.max.toMillis();
		long ceiling = this.initial.toMillis();
		for (int i = 1; i < failures && ceiling < cap; i++) {
			ceiling *= 2;
		}
		ceiling = Math.min(ceiling, cap);
		long half = ceiling / 2;
		return Duration.ofMillis(ceiling - half + random.nextLong(half + 1));
	}

}
