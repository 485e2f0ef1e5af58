package sage.server.trading.venue;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Why a venue call failed, in Sage's terms, with the venue's own code kept for the log.
 *
 * @param kind what it means to the caller
 * @param message what happened, the venue's words included; never a key or signature
 * @param venueCode the venue's error code ({@code -2010}), or {@code null} when it sent
 * none (a bare HTTP status, a timeout, a refusal made locally)
 * @param until for {@link Kind#RATE_LIMITED} and {@link Kind#BANNED}: when the venue may
 * be called again; {@code null} otherwise
 */
public record VenueFailure(Kind kind, String message, @Nullable String venueCode, @Nullable Instant until) {

	public VenueFailure {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(message, "message");
	}

	/** A failure without a wait. */
	public static VenueFailure of(Kind kind, String message, @Nullable String venueCode) {
		return new VenueFailure(kind, message, venueCode, null);
	}

	@Override
	public String toString() {
		return this.kind + ((this.venueCode != null) ? " (" + this.venueCode + ")" : "") + ": " + this.message
				+ ((this.until != null) ? " until " + this.until : "");
	}

	/** What a failure means to the caller. */
	public enum Kind {

		/** Not enough free balance for the order. */
		INSUFFICIENT_BALANCE,

		/**
		 * The order breaks the symbol's rules or the API's: lot size, tick size, minimum
		 * notional, precision, an invalid or missing parameter, an unknown symbol.
		 */
		FILTER_FAILURE,

		/** The venue knows no such (working) order. */
		UNKNOWN_ORDER,

		/**
		 * The venue already has an order under this client order id: look it up rather
		 * than send it again.
		 */
		DUPLICATE_ORDER,

		/**
		 * The request's timestamp was outside the venue's window even after the clock
		 * offset was measured again.
		 */
		CLOCK_SKEW,

		/** Too many requests or orders; nothing is sent before {@code until}. */
		RATE_LIMITED,

		/**
		 * The venue banned this client (Binance: HTTP 418) until {@code until}: trading
		 * on the venue halts, nothing is sent before then.
		 */
		BANNED,

		/** Bad API key, bad signature, or a key without the permission needed. */
		AUTH,

		/**
		 * The venue failed (HTTP 5xx) or did not answer, after retries where retrying is
		 * safe.
		 */
		UNAVAILABLE,

		/** The venue answered in a form that could not be read. */
		MALFORMED,

		/** Any other refusal; the message says which. */
		OTHER

	}

}
