package sage.server.trading.venue;

/**
 * What one request to a venue came to, before it is read: each venue's HTTP client sorts
 * its answers (status codes, and for OKX, Bybit and Bitget the code in the body) into
 * these three, and {@link VenueCalls} decides on them what to retry.
 */
public sealed interface VenueReply {

	/** The venue acted and answered; its body. */
	record Ok(String body) implements VenueReply {
	}

	/**
	 * The venue did not act: it refused the request, or the request was never sent
	 * because of a rate limit or a ban.
	 */
	record Refused(VenueFailure failure) implements VenueReply {
	}

	/**
	 * No telling whether the venue acted: HTTP 5xx, a "system busy" code, no answer in
	 * time, a broken connection. The failure's kind is
	 * {@link VenueFailure.Kind#UNAVAILABLE}.
	 */
	record Unknown(VenueFailure failure) implements VenueReply {
	}

}
