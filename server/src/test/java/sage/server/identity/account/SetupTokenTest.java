package sage.server.identity.account;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SetupTokenTest {

	@Test
	void worksOnceBeforeItExpires() {
		SetupToken tokens = new SetupToken(new SecureRandom(), java.time.Clock.systemUTC(), Duration.ofHours(1));
		String token = tokens.issue();
		assertThat(tokens.redeem("wrong")).isFalse();
		assertThat(tokens.redeem(token)).isTrue();
		assertThat(tokens.redeem(token)).isFalse();
	}

	@Test
	void expires() {
		Instant start = Instant.parse("2026-01-05T09:00:00Z");
		MutableClock clock = new MutableClock(start);
		SetupToken tokens = new SetupToken(new SecureRandom(), clock, Duration.ofHours(1));
		String token = tokens.issue();
		clock.now = start.plus(Duration.ofHours(1));
		assertThat(tokens.redeem(token)).isFalse();
	}

	@Test
	void aNewTokenReplacesTheOld() {
		SetupToken tokens = new SetupToken(new SecureRandom(), java.time.Clock.systemUTC(), Duration.ofHours(1));
		String old = tokens.issue();
		String fresh = tokens.issue();
		assertThat(tokens.redeem(old)).isFalse();
		assertThat(tokens.redeem(fresh)).isTrue();
	}

	static final class MutableClock extends java.time.Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
