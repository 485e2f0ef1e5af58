package sage.server.market.venue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

import sage.server.market.provider.UpstreamHttp;
import sage.server.market.provider.UpstreamPolicy;

/**
 * Direct REST calls for the endpoints XChange lacks (and KIS), under the same
 * {@link UpstreamPolicy} as the venue's XChange calls, so that one circuit and one
 * {@code Retry-After} block cover the whole venue.
 */
public final class VenueHttp {

	private VenueHttp() {
	}

	/**
	 * An {@link UpstreamHttp} for {@code baseUrl}, reading numbers exactly as sent
	 * ({@link UpstreamHttp#exactJson()}): HTTP/1.1 for a plain-http URL (a local test
	 * server), HTTP/2 where TLS can negotiate it.
	 */
	public static UpstreamHttp client(URI baseUrl, UpstreamPolicy policy, Duration timeout, Clock clock) {
		HttpClient.Version version = "http".equalsIgnoreCase(baseUrl.getScheme()) ? HttpClient.Version.HTTP_1_1
				: HttpClient.Version.HTTP_2;
		HttpClient client = HttpClient.newBuilder().version(version).connectTimeout(timeout).build();
		return new UpstreamHttp(policy, client, UpstreamHttp.exactJson(), timeout, clock);
	}

	/** {@code path} under {@code baseUrl}, whether or not the base ends in a slash. */
	public static URI resolve(URI baseUrl, String pathAndQuery) {
		String base = baseUrl.toString().replaceAll("/+$", "");
		return URI.create(base + pathAndQuery);
	}

}
