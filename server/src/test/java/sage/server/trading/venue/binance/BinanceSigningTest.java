package sage.server.trading.venue.binance;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.server.trading.venue.binance.StandIn.CREDENTIALS;

/** Signed requests as Binance documents them. */
class BinanceSigningTest {

	/**
	 * Binance's "Signed endpoint examples for POST /api/v3/order": its key pair, query
	 * string and the signature it gives for them.
	 */
	@Test
	void signsBinancesDocumentedExampleToItsDocumentedSignature() {
		Instant timestamp = Instant.ofEpochMilli(1499827319559L);
		try (HttpClient client = HttpClient.newHttpClient()) {
			BinanceHttp http = new BinanceHttp(URI.create("http://localhost"), CREDENTIALS,
					Clock.fixed(timestamp, ZoneOffset.UTC), StandIn.QUICK, client);
			Map<String, String> params = new LinkedHashMap<>();
			params.put("symbol", "LTCBTC");
			params.put("side", "BUY");
			params.put("type", "LIMIT");
			params.put("timeInForce", "GTC");
			params.put("quantity", "1");
			params.put("price", "0.1");
			assertThat(http.query(BinanceEndpoint.NEW_ORDER, params, timestamp)).isEqualTo(
					"symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"
							+ "&signature=c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
		}
	}

	@Test
	void percentEncodesWhatItSignsAndSends() {
		Instant timestamp = Instant.ofEpochMilli(1499827319559L);
		try (HttpClient client = HttpClient.newHttpClient()) {
			BinanceHttp http = new BinanceHttp(URI.create("http://localhost"), CREDENTIALS,
					Clock.fixed(timestamp, ZoneOffset.UTC), StandIn.QUICK, client);
			String query = http.query(BinanceEndpoint.QUERY_ORDER, Map.of("origClientOrderId", "bot:7/1"), timestamp);
			String signed = query.substring(0, query.indexOf("&signature="));
			assertThat(signed).startsWith("origClientOrderId=bot%3A7%2F1&");
			assertThat(query).endsWith("&signature=" + BinanceHttp.signature(signed, CREDENTIALS.secret()));
		}
	}

}
