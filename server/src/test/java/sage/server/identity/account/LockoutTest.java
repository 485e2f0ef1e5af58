package sage.server.identity.account;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutTest {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	@Test
	void fourFailuresDoNotLockTheFifthLocksForAMinute() {
		Lockout lockout = Lockout.NONE;
		for (int i = 0; i < 4; i++) {
			lockout = lockout.afterFailure(NOW);
			assertThat(lockout.isLocked(NOW)).isFalse();
		}
		lockout = lockout.afterFailure(NOW);
		assertThat(lockout.failedAttempts()).isEqualTo(5);
		assertThat(lockout.isLocked(NOW)).isTrue();
		assertThat(lockout.remaining(NOW)).isEqualTo(Duration.ofMinutes(1));
		assertThat(lockout.isLocked(NOW.plusSeconds(60))).isFalse();
	}

	@Test
	void eachFurtherFailureDoublesTheLockUpToAnHour() {
		assertThat(Lockout.lockLength(5)).isEqualTo(Duration.ofMinutes(1));
		assertThat(Lockout.lockLength(6)).isEqualTo(Duration.ofMinutes(2));
		assertThat(Lockout.lockLength(7)).isEqualTo(Duration.ofMinutes(4));
		assertThat(Lockout.lockLength(10)).isEqualTo(Duration.ofMinutes(32));
		assertThat(Lockout.lockLength(11)).isEqualTo(Duration.ofHours(1));
		assertThat(Lockout.lockLength(1_000)).isEqualTo(Duration.ofHours(1));
		assertThat(Lockout.lockLength(Integer.MAX_VALUE)).isEqualTo(Duration.ofHours(1));
	}

	@Test
	void aFailureAfterTheLockEndsLocksAgainForLonger() {
		Lockout locked = new Lockout(5, NOW.plusSeconds(60));
		Lockout again = locked.afterFailure(NOW.plusSeconds(61));
		assertThat(again.remaining(NOW.plusSeconds(61))).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void openLockoutHasNothingRemaining() {
		assertThat(Lockout.NONE.remaining(NOW)).isZero();
		assertThat(Lockout.NONE.isLocked(NOW)).isFalse();
	}

}
