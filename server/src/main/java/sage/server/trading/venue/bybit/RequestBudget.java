package sage.server.trading.venue.bybit;

import java.time.Instant;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.server.trading.venue.VenueFailure;
import sage.server.trading.venue.VenueFailure.Kind;

/**
 * What this client may still send to Bybit: the requests made in the current five-second
 * window (Bybit's IP limit counts in those), and any wait Bybit imposed, until its
 * {@code X-Bapi-Limit-Reset-Timestamp} after {@code retCode} 10006, or an IP ban after
 * HTTP 403. A call that would break either is refused here, before it reaches the
 * network: breaking Bybit's IP limit is what gets the IP banned.
 *
 * <p>
 * Windows are counted on the local clock; Bybit counts on its own, so this may refuse a
 * little early near a window's end, never late by more than the clocks differ.
 */
final class RequestBudget {

	private final int requestsPerWindow;

	private Instant window = Instant.EPOCH;

	private int used;

	private @Nullable Instant blockedUntil;

	private @Nullable Instant bannedUntil;

	RequestBudget(int requestsPerWindow) {
		this.requestsPerWindow = requestsPerWindow;
	}

	/** Takes one request about to be made at {@code now}, or says why it must not be. */
	synchronized Optional<VenueFailure> take(Instant now) {
		if (this.bannedUntil != null && now.isBefore(this.bannedUntil)) {
			return Optional.of(new VenueFailure(Kind.BANNED,
					"Bybit banned this IP; trading on it halts until the ban ends", null, this.bannedUntil));
		}
		if (this.blockedUntil != null && now.isBefore(this.blockedUntil)) {
			return Optional.of(new VenueFailure(Kind.RATE_LIMITED,
					"Bybit asked for no requests before " + this.blockedUntil, null, this.blockedUntil));
		}
		long windowMillis = BybitLimits.WINDOW.toMillis();
		Instant current = Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), windowMillis) * windowMillis);
		if (current.isAfter(this.window)) {
			this.window = current;
			this.used = 0;
		}
		if (this.used + 1 > this.requestsPerWindow) {
			Instant next = this.window.plus(BybitLimits.WINDOW);
			return Optional.of(new VenueFailure(Kind.RATE_LIMITED, "the limit of " + this.requestsPerWindow
					+ " requests per " + BybitLimits.WINDOW.toSeconds() + " s is used up", null, next));
		}
		this.used++;
		return Optional.empty();
	}

	/** Bybit answered 10006 (or HTTP 429): nothing before {@code until}. */
	synchronized void blockUntil(Instant until) {
		if (this.blockedUntil == null || until.isAfter(this.blockedUntil)) {
			this.blockedUntil = until;
		}
	}

	/** Bybit answered 403: the IP is banned until {@code until}. */
	synchronized void banUntil(Instant until) {
		if (this.bannedUntil == null || until.isAfter(this.bannedUntil)) {
			this.bannedUntil = until;
		}
	}

}
