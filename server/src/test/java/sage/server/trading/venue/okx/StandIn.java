package sage.server.trading.venue.okx;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueCredentials;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** What the OKX venue tests share: a WireMock OKX, quick limits, a still clock. */
final class StandIn {

	/**
	 * Made-up credentials in the shape of OKX's (a UUID key, a hex secret, a passphrase);
	 * no account holds them.
	 */
	static final VenueCredentials CREDENTIALS = new VenueCredentials("5a8e0f1c-3b7d-4e2a-9c61-0d4f7b2e8a93",
			"4F6A2C9E81D73B05A7E4C2918F3D6B70", "sage-okx-Passphrase-1");

	static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

	/**
	 * OKX's limits with millisecond retries, a one-second timeout (short, yet long enough
	 * for a cold WireMock to serve a full page) and a two-second pause.
	 */
	static final OkxLimits QUICK = new OkxLimits(Duration.ofMillis(1000), 3, Duration.ofMillis(5),
			Duration.ofMillis(20), 3, Duration.ofSeconds(2));

	static final String ORDER = "/api/v5/trade/order";

	static final String CANCEL = "/api/v5/trade/cancel-order";

	static final String PENDING = "/api/v5/trade/orders-pending";

	static final String FILLS = "/api/v5/trade/fills";

	static final String FILLS_HISTORY = "/api/v5/trade/fills-history";

	static final String BALANCE = "/api/v5/account/balance";

	static final String CONFIG = "/api/v5/account/config";

	static final String INSTRUMENTS = "/api/v5/public/instruments";

	static final String TIME = "/api/v5/public/time";

	private StandIn() {
	}

	static WireMockExtension okx() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
	}

	static OkxSpotVenue venue(WireMockExtension okx, ManualClock clock, OkxLimits limits) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		return new OkxSpotVenue(URI.create(okx.baseUrl()), CREDENTIALS, clock, limits, http);
	}

	/**
	 * OKX's answer to a refused order, in the shape its docs give: HTTP 200, envelope
	 * code {@code "1"}, the reason in the order's {@code sCode} and {@code sMsg}.
	 */
	static String refusedOrder(String clOrdId, String sCode, String sMsg) {
		return "{\"code\":\"1\",\"msg\":\"All operations failed\",\"data\":[{\"clOrdId\":\"" + clOrdId
				+ "\",\"ordId\":\"\",\"tag\":\"\",\"ts\":\"" + START.toEpochMilli() + "\",\"sCode\":\"" + sCode
				+ "\",\"sMsg\":\"" + sMsg + "\"}],\"inTime\":\"\",\"outTime\":\"\"}";
	}

	/** OKX's answer to a refused request, in the shape its docs give. */
	static String error(String code, String msg) {
		return "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"data\":[]}";
	}

}
