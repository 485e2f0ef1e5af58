package sage.server.trading.venue.binance;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * What this client may still send to Binance: the request weight used in the current
 * minute (as Binance last reported it in {@code X-MBX-USED-WEIGHT-1M}, plus what was sent
 * since), and any wait Binance imposed, a {@code Retry-After} after HTTP 429 or a ban
 * after HTTP 418. A call that would break either is refused here, before it reaches the
 * network: breaking a limit again is what turns a 429 into a ban.
 *
 * <p>
 * Minutes are counted on the local clock; Binance counts on its own, so near a minute's
 * end this may refuse a little early, never late by more than the clocks differ.
 */
final class RequestBudget {

	private final int weightPerMinute;

	private Instant minute = Instant.EPOCH;

	private int used;

	private @Nullable Instant blockedUntil;

	private @Nullable Instant bannedUntil;

	RequestBudget(int weightPerMinute) {
		this.weightPerMinute = weightPerMinute;
	}

	/**
	 * Takes {@code weight} for a call about to be made at {@code now}, or says why the
	 * call must not be made.
	 */
	synchronized Optional<VenueFailure> take(int weight, Instant now) {
		if (this.bannedUntil != null && now.isBefore(this.bannedUntil)) {
			return Optional.of(new VenueFailure(Kind.BANNED,
					"Binance banned this client; trading on it halts until the ban ends", null, this.bannedUntil));
		}
		if (this.blockedUntil != null && now.isBefore(this.blockedUntil)) {
			return Optional.of(new VenueFailure(Kind.RATE_LIMITED,
					"Binance asked for no requests before " + this.blockedUntil, null, this.blockedUntil));
		}
		rollTo(now);
		if (this.used + weight > this.weightPerMinute) {
			Instant next = this.minute.plus(1, ChronoUnit.MINUTES);
			return Optional.of(new VenueFailure(Kind.RATE_LIMITED, "request weight " + this.used + " + " + weight
					+ " would cross the limit of " + this.weightPerMinute + " a minute", null, next));
		}
		this.used += weight;
		return Optional.empty();
	}

	/**
	 * Binance's count of the weight used in the minute of {@code now}, from an answer's
	 * {@code X-MBX-USED-WEIGHT-1M}.
	 */
	synchronized void reported(int usedWeight, Instant now) {
		rollTo(now);
		// answers to calls made in parallel arrive in any order; the highest count is the
		// latest
		this.used = Math.max(this.used, usedWeight);
	}

	/** Binance answered 429: nothing before {@code until}. */
	synchronized void blockUntil(Instant until) {
		if (this.blockedUntil == null || until.isAfter(this.blockedUntil)) {
			this.blockedUntil = until;
		}
	}

	/** Binance answered 418: banned until {@code until}. */
	synchronized void banUntil(Instant until) {
		if (this.bannedUntil == null || until.isAfter(this.bannedUntil)) {
			this.bannedUntil = until;
		}
	}

	private void rollTo(Instant now) {
		Instant current = now.truncatedTo(ChronoUnit.MINUTES);
		if (current.isAfter(this.minute)) {
			this.minute = current;
			this.used = 0;
		}
	}

}
