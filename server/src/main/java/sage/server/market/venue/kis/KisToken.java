package sage.server.market.venue.kis;

import java.time.Duration;
import java.time.Instant;

/**
 * A KIS access token and when it stops working.
 *
 * @param value the bearer token; never logged or shown
 * @param expiresAt when KIS stops accepting it
 */
record KisToken(String value, Instant expiresAt) {

	/** Whether it is still good for {@code margin} after {@code now}. */
	boolean freshAt(Instant now, Duration margin) {
		return now.plus(margin).isBefore(this.expiresAt);
	}

	/** Never shows the token. */
	@Override
	public String toString() {
		return "KisToken[value=(hidden), expiresAt=" + this.expiresAt + "]";
	}

}
