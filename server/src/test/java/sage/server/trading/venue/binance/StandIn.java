package sage.server.trading.venue.binance;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.VenueCredentials;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * What the Binance venue tests share: a WireMock Binance, quick limits, a still clock.
 */
final class StandIn {

	/** Binance's documented example key pair (its "Signed endpoint examples"). */
	static final VenueCredentials CREDENTIALS = new VenueCredentials(
			"vmPUZE6mv9SD5VNHk4HlWFsOr6aKE2zvsw0MuIgwCIPy6utIco14y7Ju91duEh8A",
			"NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");

	static final Instant START = Instant.parse("2026-12-05T12:00:00Z");

	/** Binance's limits with millisecond retries and a short timeout. */
	static final BinanceLimits QUICK = new BinanceLimits(Duration.ofSeconds(5), Duration.ofMillis(400), 6000, 3,
			Duration.ofMillis(5), Duration.ofMillis(20), 3, Duration.ofMinutes(2));

	static final String ORDER = "/api/v3/order";

	static final String OPEN_ORDERS = "/api/v3/openOrders";

	static final String MY_TRADES = "/api/v3/myTrades";

	static final String ACCOUNT = "/api/v3/account";

	static final String TIME = "/api/v3/time";

	private StandIn() {
	}

	static WireMockExtension binance() {
		return WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();
	}

	static BinanceSpotVenue venue(WireMockExtension binance, ManualClock clock, BinanceLimits limits) {
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(2))
			.build();
		return new BinanceSpotVenue(URI.create(binance.baseUrl()), CREDENTIALS, clock, limits, http);
	}

	/** A Binance error body, as its docs give them. */
	static String error(int code, String message) {
		return "{\"code\":" + code + ",\"msg\":\"" + message + "\"}";
	}

}
