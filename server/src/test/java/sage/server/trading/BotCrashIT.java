package sage.server.trading;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.testing.Browser;
import sage.server.testing.SageProcess;
import sage.server.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real server process, killed with SIGKILL while a paper bot trades, three times at
 * three points of its run, and started again on the same embedded database: each time the
 * bot is taken over when its lease lapses, replays what it did, finds its ledger as it
 * was and trades on. In the end it has exactly the fills a backtest of the same bars has,
 * one order per client order id, and a position equal to the sum of its fills.
 *
 * <p>
 * The grid has 200 levels, so that the bot has 100 or more resting orders when it is
 * killed. Prints how long the server took to be ready on a cold start and after each kill
 * (with the bot's open orders at that moment), the figures docs/performance.md records;
 * they are not asserted, timing being the host's.
 */
class BotCrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path dir = Path.of(System.getProperty("sage.it.run-dir", "target/it-run"), "bot-crash");

	private final SageProcess server = new SageProcess(this.dir);

	@AfterEach
	void killServer() throws Exception {
		this.server.kill();
		// the database grows to gigabytes (docs/performance.md); the log stays
		Path data = this.dir.resolve("data");
		if (Files.isDirectory(data)) {
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	@Test
	void killNineMidRunLosesNothingAndDuplicatesNothing() throws Exception {
		Files.createDirectories(this.dir);
		long cold = this.server.start("--sage.trading.bots.lease=3s");
		Browser session = TestAccounts.newUser(this.server.port());
		String key = TestAccounts.newApiKey(session, "trade");
		Browser api = Browser.withApiKey(this.server.port(), key);
		JsonNode account = json(api.send("POST", "/api/v1/trading-accounts",
				"{\"name\":\"crash\",\"balances\":{\"USD\":10000}}", false), 201);
		JsonNode bot = json(api.send("POST", "/api/v1/bots",
				"""
						{"name":"crash grid","accountId":"%s","strategy":"grid","symbol":"BTC-USD","interval":"1d",
						 "params":{"quantityPerLevel":0.0005,"levels":200},"barsPerSecond":60,"capital":10000,"commission":0.001}"""
					.formatted(account.path("id").asString()),
				false), 201);
		String id = bot.path("id").asString();
		json(api.send("POST", "/api/v1/bots/" + id + "/start", "", false), 200);

		List<String> restarts = new ArrayList<>();
		for (int killAt : new int[] { 250, 700, 1200 }) {
			// generous: a loaded machine (a parallel build) slows a 200-level grid a lot,
			// and the test is about what survives the kill, not how fast bars go
			JsonNode before = waitFor(api, id, (b) -> b.path("barsDone").asInt() >= killAt, Duration.ofSeconds(180));
			this.server.kill();
			long ready = this.server.start("--sage.trading.bots.lease=3s");
			restarts.add("killed at bar " + before.path("barsDone").asInt() + " with "
					+ before.path("openOrders").asInt() + " open orders: ready in " + ready + " ms");
		}
		JsonNode done = waitFor(api, id, (b) -> !b.path("state").asString().equals("RUNNING"), Duration.ofSeconds(240));
		System.out.println("BotCrashIT: cold start ready in " + cold + " ms; " + String.join("; ", restarts));

		assertThat(done.path("state").asString()).as(done.path("stateReason").asString()).isEqualTo("FINISHED");
		JsonNode fills = json(api.get("/api/v1/bots/" + id + "/fills"), 200).path("items");
		JsonNode backtest = json(api.send("POST", "/api/v1/backtests", """
				{"strategy":"grid","symbol":"BTC-USD","interval":"1d","params":{"quantityPerLevel":0.0005,"levels":200},
				 "cash":10000,"commission":0.001,"monteCarlo":{"runs":0}}""", false), 201);
		JsonNode expected = backtest.path("fills");
		assertThat(fills.size()).isEqualTo(expected.size()).isPositive();
		Set<String> trades = new HashSet<>();
		double position = 0;
		for (int i = 0; i < fills.size(); i++) {
			JsonNode paper = fills.get(i);
			JsonNode want = expected.get(i);
			assertThat(paper.path("filledAt").asString()).as("fill %d", i).isEqualTo(want.path("time").asString());
			assertThat(paper.path("side").asString()).as("fill %d", i).isEqualTo(want.path("side").asString());
			assertThat(paper.path("price").decimalValue()).as("fill %d", i)
				.isEqualByComparingTo(want.path("price").decimalValue());
			assertThat(paper.path("quantity").decimalValue()).as("fill %d", i)
				.isEqualByComparingTo(want.path("quantity").decimalValue());
			assertThat(trades.add(paper.path("venueTradeId").asString())).as("fill %d seen once", i).isTrue();
			position += paper.path("side").asString().equals("BUY") ? paper.path("quantity").asDouble()
					: -paper.path("quantity").asDouble();
		}
		assertThat(done.path("positionQuantity").asDouble()).isCloseTo(position,
				org.assertj.core.data.Offset.offset(1e-9));
		JsonNode orders = json(api.get("/api/v1/bots/" + id + "/orders?limit=1000"), 200).path("items");
		Set<String> clientIds = new HashSet<>();
		orders.forEach((o) -> assertThat(clientIds.add(o.path("clientOrderId").asString())).isTrue());
		orders.forEach((o) -> assertThat(o.path("state").asString()).isIn("FILLED", "CANCELED", "REJECTED"));
	}

	private static JsonNode waitFor(Browser api, String id, java.util.function.Predicate<JsonNode> condition,
			Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode bot = json(api.get("/api/v1/bots/" + id), 200);
		while (!condition.test(bot)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("bot did not get there in " + timeout + ": " + bot);
			}
			Thread.sleep(50);
			bot = json(api.get("/api/v1/bots/" + id), 200);
		}
		return bot;
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}
