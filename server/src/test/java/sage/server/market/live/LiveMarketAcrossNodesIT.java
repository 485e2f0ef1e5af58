package sage.server.market.live;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.context.ConfigurableApplicationContext;

import sage.server.market.LivePrices;
import sage.server.testing.SageNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes sharing the real PostgreSQL and Redis: node A replays BTC-USD, node B replays
 * nothing, and a client on node B receives A's ticks through Redis pub/sub. Each run uses
 * a channel of its own, so parallel builds never see each other's ticks.
 */
class LiveMarketAcrossNodesIT {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String CHANNEL = "sage:it:" + UUID.randomUUID() + ":market";

	private static ConfigurableApplicationContext nodeA;

	private static ConfigurableApplicationContext nodeB;

	@BeforeAll
	static void startTwoNodes() {
		nodeA = node("a", "--sage.market.replay.enabled=true", "--sage.market.replay.speed=200",
				"--sage.market.replay.symbols=BTC-USD");
		nodeB = node("b", "--sage.market.replay.enabled=false");
	}

	@AfterAll
	static void stopNodes() {
		if (nodeB != null) {
			nodeB.close();
		}
		if (nodeA != null) {
			nodeA.close();
		}
	}

	@Test
	void aClientOnNodeBReceivesTicksReplayedOnNodeA() throws Exception {
		assertThat(nodeB.getBean(TickBus.class)).isInstanceOf(RedisTickBus.class);
		try (MarketSocketClient client = new MarketSocketClient(port(nodeB))) {
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"BTC-USD\"]}");
			client.next("subscribed", WAIT);
			JsonNode tick = client.next("tick", WAIT);
			assertThat(tick.path("symbol").asString()).isEqualTo("BTC-USD");
			assertThat(tick.path("source").asString()).isEqualTo("replay");
			assertThat(client.next("bar", WAIT).path("interval").asString()).isEqualTo("1h");
		}
	}

	@Test
	void whatNodeBPublishesReachesAClientOnNodeA() throws Exception {
		try (MarketSocketClient client = new MarketSocketClient(port(nodeA))) {
			client.send("{\"op\":\"subscribe\",\"symbols\":[\"SPY\"]}");
			client.next("subscribed", WAIT);
			// pub/sub keeps nothing for a subscriber not yet listening, and node A's
			// subscription to Redis may still be on its way on a loaded machine:
			// published
			// again until it arrives
			JsonNode tick = null;
			long deadline = System.nanoTime() + WAIT.toNanos();
			while (tick == null && System.nanoTime() < deadline) {
				nodeB.getBean(LivePrices.class)
					.publish(new sage.server.market.Tick("SPY", new java.math.BigDecimal("338.10"),
							java.time.Instant.parse("2020-08-28T15:00:00Z"), "test"));
				JsonNode message = client.poll(Duration.ofMillis(500));
				if (message != null && "tick".equals(message.path("type").asString())) {
					tick = message;
				}
			}
			assertThat(tick).as("a tick published on node B within %s", WAIT).isNotNull();
			assertThat(tick.toString()).isEqualTo(
					"{\"type\":\"tick\",\"symbol\":\"SPY\",\"price\":\"338.10\",\"time\":\"2020-08-28T15:00:00Z\",\"source\":\"test\"}");
		}
	}

	private static ConfigurableApplicationContext node(String name, String... extra) {
		String[] args = new String[extra.length + 1];
		args[0] = "--sage.market.live.channel=" + CHANNEL;
		System.arraycopy(extra, 0, args, 1, extra.length);
		return SageNode.start("live-" + name, args);
	}

	private static int port(ConfigurableApplicationContext node) {
		return SageNode.port(node);
	}

}
