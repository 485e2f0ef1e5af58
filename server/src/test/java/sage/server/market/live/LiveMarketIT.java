package sage.server.market.live;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import sage.server.testing.OnEmbeddedDefaults;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /ws/market} on the embedded defaults with the bundled hourly BTC-USD replayed
 * fast, through a real WebSocket client.
 */
@OnEmbeddedDefaults
@TestPropertySource(properties = { "sage.market.replay.enabled=true", "sage.market.replay.speed=2000",
		"sage.market.replay.symbols=BTC-USD", "sage.market.live.max-subscriptions=4" })
class LiveMarketIT {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final String SUBSCRIBE_BTC = "{\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\"]}";

	@LocalServerPort
	int port;

	@Autowired
	MeterRegistry meters;

	@Test
	void aSubscriberReceivesReplayTicksWithIncreasingTimesAndBars() throws Exception {
		try (MarketSocketClient client = new MarketSocketClient(this.port)) {
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"btcusd\"]}");
			JsonNode ack = client.next(WAIT);
			assertThat(ack.path("type").asString()).as(ack.toString()).isEqualTo("subscribed");
			assertThat(ack.path("symbols").get(0).asString()).isEqualTo("BTC-USD");

			List<JsonNode> ticks = new ArrayList<>();
			while (ticks.size() < 40) {
				ticks.add(client.next("tick", WAIT));
			}
			int loops = 0;
			for (int i = 0; i < ticks.size(); i++) {
				JsonNode tick = ticks.get(i);
				assertThat(tick.path("symbol").asString()).isEqualTo("BTC-USD");
				assertThat(tick.path("source").asString()).isEqualTo("replay");
				assertThat(tick.path("price").asString()).matches("\\d+\\.\\d{2,}");
				if (i > 0) {
					Instant before = Instant.parse(ticks.get(i - 1).path("time").asString());
					Instant now = Instant.parse(tick.path("time").asString());
					if (!now.isAfter(before)) {
						// the replay started again from its oldest bar; at most once here
						loops++;
					}
				}
			}
			assertThat(loops).as("times increase, but for the replay looping back at most once").isLessThan(2);

			JsonNode bar = client.next("bar", WAIT);
			assertThat(bar.path("interval").asString()).isEqualTo("1h");
			assertThat(bar.path("source").asString()).isEqualTo("replay");
			assertThat(new java.math.BigDecimal(bar.path("high").asString()))
				.isGreaterThanOrEqualTo(new java.math.BigDecimal(bar.path("low").asString()));
		}
	}

	@Test
	void afterUnsubscribingNoMoreTicksArrive() throws Exception {
		try (MarketSocketClient client = new MarketSocketClient(this.port)) {
			client.send(SUBSCRIBE_BTC);
			client.next("tick", WAIT);
			client.send("{\"op\":\"unsubscribe\",\"symbols\":[\"BTC-USD\"]}");
			JsonNode ack = client.next("unsubscribed", WAIT);
			assertThat(ack.path("subscriptions")).isEmpty();
			// the replay publishes about 10,000 messages a second: silence means it
			// stopped
			assertThat(client.poll(Duration.ofMillis(700))).isNull();
		}
	}

	@Test
	void badMessagesGetErrorFramesAndTheConnectionStaysUsable() throws Exception {
		try (MarketSocketClient client = new MarketSocketClient(this.port)) {
			client.send("this is not json");
			assertError(client.next(WAIT), "malformed-message");
			client.send("[1,2]");
			assertError(client.next(WAIT), "malformed-message");
			client.send("{\"op\":\"subscribe\"}");
			assertError(client.next(WAIT), "malformed-message");
			client.send("{\"op\":\"buy\",\"symbols\":[\"BTC-USD\"]}");
			assertError(client.next(WAIT), "unknown-op");
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\",\"NOPE\"]}");
			JsonNode unknown = client.next(WAIT);
			assertError(unknown, "unknown-symbol");
			assertThat(unknown.path("symbols").get(0).asString()).isEqualTo("NOPE");
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"SPY\",\"005930\",\"000660\",\"005380\",\"BTC-USD\"]}");
			JsonNode tooMany = client.next(WAIT);
			assertError(tooMany, "too-many-subscriptions");
			assertThat(tooMany.path("message").asString()).contains("at most 4");
			// nothing was subscribed by the failed requests, and the connection still
			// works
			assertThat(client.poll(Duration.ofMillis(300))).isNull();
			client.send(SUBSCRIBE_BTC);
			assertThat(client.next(WAIT).path("subscriptions")).hasSize(1);
			assertThat(client.next("tick", WAIT).path("source").asString()).isEqualTo("replay");
		}
	}

	@Test
	void aClientThatNeverReadsDoesNotSlowAHealthyOne() throws Exception {
		double conflatedBefore = this.meters.get("sage.market.live.messages.conflated").counter().count();
		try (StalledSocket stalled = new StalledSocket(this.port, SUBSCRIBE_BTC);
				MarketSocketClient healthy = new MarketSocketClient(this.port)) {
			healthy.send(SUBSCRIBE_BTC);
			healthy.next("subscribed", WAIT);
			assertThat(this.meters.get("sage.market.live.clients").gauge().value()).isGreaterThanOrEqualTo(2);
			long deadline = System.nanoTime() + WAIT.toNanos();
			// keep reading until the stalled client's socket is full and its queue
			// conflates
			while (this.meters.get("sage.market.live.messages.conflated").counter().count() <= conflatedBefore) {
				assertThat(System.nanoTime()).as("the stalled client's queue never conflated").isLessThan(deadline);
				healthy.next("tick", Duration.ofSeconds(1));
			}
			// and while it stays stalled, the healthy client keeps getting ticks promptly
			Instant start = Instant.now();
			int afterStall = 0;
			while (Duration.between(start, Instant.now()).toMillis() < 2000) {
				healthy.next("tick", Duration.ofMillis(500));
				afterStall++;
			}
			assertThat(afterStall).as("ticks in 2 s at 8,000 a second").isGreaterThan(1000);
		}
	}

	private static void assertError(JsonNode message, String code) {
		assertThat(message.path("type").asString()).as(message.toString()).isEqualTo("error");
		assertThat(message.path("code").asString()).as(message.toString()).isEqualTo(code);
		assertThat(message.path("message").asString()).isNotBlank();
	}

}
