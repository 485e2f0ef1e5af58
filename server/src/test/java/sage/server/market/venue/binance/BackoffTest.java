package sage.server.market.venue.binance;

import java.time.Duration;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

	private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));

	@Test
	void doublesWithEachFailureWithinTheUpperHalfOfItsCeiling() {
		SplittableRandom random = new SplittableRandom(42);
		long[] ceilings = { 1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000 };
		for (int failures = 1; failures <= ceilings.length; failures++) {
			for (int draw = 0; draw < 200; draw++) {
				assertThat(this.backoff.delay(failures, random).toMillis()).as("after %d failures", failures)
					.isBetween(ceilings[failures - 1] / 2, ceilings[failures - 1]);
			}
		}
	}

	@Test
	void neverExceedsTheCapHoweverLongItFails() {
		SplittableRandom random = new SplittableRandom(7);
		assertThat(this.backoff.delay(10_000, random)).isLessThanOrEqualTo(Duration.ofSeconds(60))
			.isGreaterThanOrEqualTo(Duration.ofSeconds(30));
		assertThat(this.backoff.delay(Integer.MAX_VALUE, random)).isLessThanOrEqualTo(Duration.ofSeconds(60));
	}

	@Test
	void jitterSpreadsRetries() {
		SplittableRandom random = new SplittableRandom(1);
		long distinct = java.util.stream.IntStream.range(0, 50)
			.mapToLong((i) -> this.backoff.delay(6, random).toMillis())
			.distinct()
			.count();
		assertThat(distinct).isGreaterThan(40);
	}

	@Test
	void refusesABackoffThatCannotWork() {
		assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
