package sage.server.market.provider.yahoo;

import java.net.URI;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamHttp;

/**
 * Yahoo's browser session, which its quote endpoint requires: a cookie (set by visiting
 * the cookie page) and the "crumb" that goes with it (asked for with that cookie). The
 * crumb is kept until Yahoo refuses it, then fetched again once.
 *
 * <p>
 * The cookie lives in the HTTP client's cookie handler, so the client given to the
 * {@link UpstreamHttp} must have one.
 */
final class YahooSession {

	private final UpstreamHttp http;

	private final URI cookieUrl;

	private final URI crumbUrl;

	private @Nullable String crumb;

	YahooSession(UpstreamHttp http, URI cookieUrl, URI crumbUrl) {
		this.http = http;
		this.cookieUrl = cookieUrl;
		this.crumbUrl = crumbUrl;
	}

	/** The current crumb, after opening a session if there is none yet. */
	synchronized String crumb() {
		String current = this.crumb;
		if (current != null) {
			return current;
		}
		this.http.visit("session cookie", this.cookieUrl);
		String fresh = this.http.getText("session crumb", this.crumbUrl, Map.of());
		// an HTML page or an error text instead of a crumb: the session was not granted
		if (fresh.isEmpty() || fresh.length() > 64 || !fresh.chars().allMatch((c) -> c > 32 && c < 127 && c != '<')) {
			throw new UpstreamException(YahooFinance.NAME, UpstreamException.Kind.MALFORMED,
					"session crumb: not a crumb: " + ((fresh.length() > 40) ? fresh.substring(0, 40) + "…" : fresh));
		}
		this.crumb = fresh;
		return fresh;
	}

	/**
	 * Drops {@code stale} after Yahoo refused it, unless another call already replaced
	 * it.
	 */
	synchronized void forget(String stale) {
		if (stale.equals(this.crumb)) {
			this.crumb = null;
		}
	}

}
