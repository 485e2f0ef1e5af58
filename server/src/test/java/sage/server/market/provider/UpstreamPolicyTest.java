package sage.server.market.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import sage.server.market.provider.UpstreamException.Kind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UpstreamPolicyTest {

	private static final UpstreamSettings QUICK = new UpstreamSettings(Duration.ofSeconds(1), 3, Duration.ofMillis(2),
			Duration.ofMillis(10), Duration.ofMillis(200), 50, 4, Duration.ofSeconds(60));

	private final MovableClock clock = new MovableClock();

	private final UpstreamPolicy policy = new UpstreamPolicy("test", QUICK, this.clock);

	private final AtomicInteger calls = new AtomicInteger();

	@Test
	void retriesTransientFaultsUntilAnAnswer() {
		String answer = this.policy.call("quote", () -> {
			if (this.calls.incrementAndGet() < 3) {
				throw new UpstreamException("test", Kind.SERVER_ERROR, "HTTP 503");
			}
			return "ok";
		});
		assertThat(answer).isEqualTo("ok");
		assertThat(this.calls).hasValue(3);
		assertThat(this.policy.status().lastSuccess()).isNotNull();
	}

	@Test
	void givesUpAfterTheLastAttemptWithTheLastFault() {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.policy.call("quote", () -> {
			this.calls.incrementAndGet();
			throw new UpstreamException("test", Kind.TIMEOUT, "no answer in 1 s");
		})).satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.TIMEOUT));
		assertThat(this.calls).hasValue(3);
		assertThat(this.policy.status().lastError()).contains("no answer in 1 s");
	}

	@Test
	void anAnswerLikeNotFoundIsNeitherRetriedNorAFault() {
		for (int i = 0; i < 10; i++) {
			assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.policy.call("quote", () -> {
				this.calls.incrementAndGet();
				throw new UpstreamException("test", Kind.NOT_FOUND, "no such symbol");
			}));
		}
		assertThat(this.calls).hasValue(10);
		assertThat(this.policy.status().circuit()).isEqualTo("CLOSED");
	}

	@Test
	void waitsWhatRetryAfterAsksWhenShort() {
		long started = System.nanoTime();
		String answer = this.policy.call("quote", () -> {
			if (this.calls.incrementAndGet() == 1) {
				throw new UpstreamException("test", Kind.RATE_LIMITED, "HTTP 429", Duration.ofMillis(120), null);
			}
			return "ok";
		});
		assertThat(answer).isEqualTo("ok");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(120));
	}

	@Test
	void aLongRetryAfterFailsAtOnceAndBlocksCallsUntilItPassed() {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.policy.call("quote", () -> {
			this.calls.incrementAndGet();
			throw new UpstreamException("test", Kind.RATE_LIMITED, "HTTP 429", Duration.ofSeconds(30), null);
		}));
		assertThat(this.calls).hasValue(1);
		assertThat(this.policy.status().blockedUntil()).isEqualTo(this.clock.instant().plusSeconds(30));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.policy.call("quote", this.calls::incrementAndGet))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(30));
			});
		assertThat(this.calls).as("no call reaches the upstream while blocked").hasValue(1);
		this.clock.advance(Duration.ofSeconds(31));
		assertThat(this.policy.call("quote", () -> "ok")).isEqualTo("ok");
	}

	@Test
	void repeatedFaultsOpenTheCircuitAndStopCalling() {
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.policy.call("quote", () -> {
				this.calls.incrementAndGet();
				throw new UpstreamException("test", Kind.CONNECTION, "connection reset");
			}));
		}
		assertThat(this.policy.status().circuit()).isEqualTo("OPEN");
		int before = this.calls.get();
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.policy.call("quote", this.calls::incrementAndGet))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.CIRCUIT_OPEN));
		assertThat(this.calls).hasValue(before);
	}

	@Test
	void aClientLibrarysOwnExceptionCountsAsAMalformedAnswer() {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.policy.call("quote", () -> {
			this.calls.incrementAndGet();
			throw new IllegalStateException("unexpected token");
		})).satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
		assertThat(this.calls).hasValue(3);
	}

	/** A clock the test moves by hand. */
	static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-11-23T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
