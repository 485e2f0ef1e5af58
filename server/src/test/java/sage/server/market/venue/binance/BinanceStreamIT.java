package sage.server.market.venue.binance;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.server.market.live.MarketSocketClient;
import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.server.market.venue.binance.BinanceStreamMappingTest.combined;
import static sage.server.market.venue.binance.BinanceStreamMappingTest.recorded;

/**
 * The Binance stream switched on in the whole server, pointed at a local stand-in: a
 * {@code /ws/market} client receives its trades as {@code source: binance} ticks. The
 * bundled catalogue's only crypto pair is BTC-USD, so the stand-in sends the recorded
 * trade with Binance's spelling of that pair ({@code BTCUSD}).
 */
@OnEmbeddedDefaults
class BinanceStreamIT {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final BinanceStandIn binance = new BinanceStandIn();

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
		registry.add("sage.market.live.binance.enabled", () -> "true");
		registry.add("sage.market.live.binance.symbols", () -> "BTC-USD");
		registry.add("sage.market.live.binance.url", () -> binance.url().toString());
	}

	@AfterAll
	static void stopStandIn() throws Exception {
		binance.close();
	}

	@Test
	void aMarketSocketClientReceivesBinanceTradesAsTicks() throws Exception {
		BinanceStandIn.Connection connection = binance.nextConnection(WAIT);
		assertThat(connection.query()).isEqualTo("streams=btcusd@trade/btcusd@kline_1m");
		try (MarketSocketClient client = new MarketSocketClient(this.port)) {
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\"]}");
			client.next("subscribed", WAIT);

			connection.send("{not json");
			connection.send(combined("btcusd@trade", recorded("trade_stream.json").replace("BTCUSDT", "BTCUSD")));

			JsonNode tick = client.next("tick", WAIT);
			assertThat(tick.path("symbol").asString()).isEqualTo("BTC-USD");
			assertThat(tick.path("source").asString()).isEqualTo("binance");
			assertThat(tick.path("price").asString()).isEqualTo("0.001");
			assertThat(tick.path("time").asString()).isEqualTo(Instant.ofEpochMilli(123456785).toString());
		}
		assertThat(this.meters.get("sage.live.stream.connected").tag("source", "binance").gauge().value()).isEqualTo(1);
		assertThat(this.meters.get("sage.live.stream.malformed").tag("source", "binance").counter().count())
			.isEqualTo(1);
	}

}
