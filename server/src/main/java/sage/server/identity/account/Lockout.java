package sage.server.identity.account;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The sign-in lockout of one email: after {@value #FREE_ATTEMPTS} failures in a row,
 * sign-in is refused for {@link #FIRST_LOCK}, doubling with each further failure up to
 * {@link #LONGEST_LOCK}. A success clears it. Backing off rather than locking for good
 * keeps a guesser slow without letting anyone lock a user out for days.
 *
 * @param failedAttempts failures since the last success
 * @param lockedUntil when sign-in opens again, or {@code null} if it is open
 */
public record Lockout(int failedAttempts, @Nullable Instant lockedUntil) {

	/** Failures allowed before the first lock. */
	public static final int FREE_ATTEMPTS = 5;

	/** The first lock's length. */
	public static final Duration FIRST_LOCK = Duration.ofMinutes(1);

	/** The longest lock. */
	public static final Duration LONGEST_LOCK = Duration.ofHours(1);

	/** No failures. */
	public static final Lockout NONE = new Lockout(0, null);

	/** Whether sign-in is refused at {@code now}. */
	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && now.isBefore(this.lockedUntil);
	}

	/** How long sign-in stays refused after {@code now} (zero when open). */
	public Duration remaining(Instant now) {
		return isLocked(now) ? Duration.between(now, this.lockedUntil) : Duration.ZERO;
	}

	/** The lockout after one more failure at {@code now}. */
	public Lockout afterFailure(Instant now) {
		int failures = this.failedAttempts + 1;
		if (failures < FREE_ATTEMPTS) {
			return new Lockout(failures, null);
		}
		return new Lockout(failures, now.plus(lockLength(failures)));
	}

	/** The lock that the {@code failures}-th failure in a row earns. */
	static Duration lockLength(int failures) {
		int doublings = failures - FREE_ATTEMPTS;
		long longestDoublings = 63 - Long.numberOfLeadingZeros(LONGEST_LOCK.toSeconds() / FIRST_LOCK.toSeconds());
		if (doublings > longestDoublings) {
			return LONGEST_LOCK;
		}
		Duration length = FIRST_LOCK.multipliedBy(1L << doublings);
		return (length.compareTo(LONGEST_LOCK) > 0) ? LONGEST_LOCK : length;
	}

}
