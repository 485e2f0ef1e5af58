package sage.server.trading.venue.bitget;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueCredentials;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/** What the Bitget venue tests share: a WireMock Bitget, quick limits, a still clock. */
final class StandIn {

	/**
	 * Made-up credentials in the shape of Bitget's (a "bg_" key, a hex secret, a
	 * passphrase); no account holds them.
	 */
	static final VenueCredentials CREDENTIALS = new VenueCredentials("bg_6f1d2c9a8e7b4a3f0c5d1e2f3a4b5c6d",
			"9C1E7A5B3D2F4E6A8B0C1D3E5F7A9B2C4D6E8F0A1B3C5D7E9F2A4B6C8D0E1F3A", "sage-bitget-Passphrase-1");

	static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

	/**
	 * Bitget's limits with millisecond retries, a one-second timeout (short, yet long
	 * enough for a cold WireMock) and a one-second pause.
	 */
	static final BitgetLimits QUICK = new BitgetLimits(Duration.ofMillis(1000), 3, Duration.ofMillis(5),
			Duration.ofMillis(20), 3, Duration.ofSeconds(1));

	static final String PLACE = "/api/v2/spot/trade/place-order";

	static final String ORDER_INFO = "/api/v2/spot/trade/orderInfo";

	static final String CANCEL = "/api/v2/spot/trade/cancel-order";

	static final String UNFILLED = "/api/v2/spot/trade/unfilled-orders";

	static final String FILLS = "/api/v2/spot/trade/fills";

	static final String ASSETS = "/api/v2/spot/account/assets";

	static final String INFO = "/api/v2/spot/account/info";

	static final String SYMBOLS = "/api/v2/spot/public/symbols";

	static final String TIME = "/api/v2/public/time";

	private StandIn() {
	}

	static WireMockExtension bitget() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
	}

	static BitgetSpotVenue venue(WireMockExtension bitget, ManualClock clock, BitgetLimits limits) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		return new BitgetSpotVenue(URI.create(bitget.baseUrl()), CREDENTIALS, clock, limits, http);
	}

	/**
	 * Bitget's answer to a refused request, in the shape its docs and its API give:
	 * {@code {"code":"43012","msg":"Insufficient balance","requestTime":…,"data":null}}.
	 */
	static String error(String code, String msg) {
		return "{\"code\":\"" + code + "\",\"msg\":\"" + msg + "\",\"requestTime\":" + START.toEpochMilli()
				+ ",\"data\":null}";
	}

	/** An answer with no order in it, as {@code orderInfo} gives for one it lacks. */
	static String noOrder() {
		return "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":" + START.toEpochMilli() + ",\"data\":[]}";
	}

}
