package sage.server.trading;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.PriceHistory;
import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.TestAccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static sage.server.trading.BinanceStandIn.EXCHANGE_INFO;
import static sage.server.trading.BinanceStandIn.KEY;
import static sage.server.trading.BinanceStandIn.ORDER;
import static sage.server.trading.BinanceStandIn.SECRET;
import static sage.server.trading.BinanceStandIn.TRADING_KEY;
import static sage.server.trading.BinanceStandIn.recorded;

/**
 * Bots on a live exchange account, end to end, with WireMock standing in for Binance: a
 * grid bot places its buys at Binance when a bar closes, reads a fill through the
 * exchange's trades and answers it with a sell at the next bar, and has its working
 * orders cancelled at Binance when it stops; a bot whose exchange cannot be asked before
 * it trades fails and says why; bad requests change nothing.
 *
 * <p>
 * The bars the bot trades on are <b>synthetic</b> one-minute BTC-USDT bars the test
 * stores just before now (no live feed reaches this machine); Binance's answers are its
 * recorded shapes with this test's orders filled in.
 */
abstract class LiveBotContract {

	@RegisterExtension
	static final WireMockExtension BINANCE = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void binanceOnThisMachine(DynamicPropertyRegistry registry) {
		registry.add("sage.trading.venues.binance.base-url", BINANCE::baseUrl);
		// the bot brings its account in step itself before each bar
		registry.add("sage.trading.live.enabled", () -> "false");
		registry.add("sage.trading.bots.live-poll", () -> "200ms");
	}

	/**
	 * A grid of 5 levels 5% around the first close, 0.001 BTC a level, never re-centred.
	 */
	private static final String GRID = """
			{"lower":0,"upper":0,"rangePercent":5,"levels":5,"geometric":1,"quantityPerLevel":0.001,"rebalance":0}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PriceHistory history;

	@Autowired
	Instruments instruments;

	private final JsonMapper json = JsonMapper.builder().build();

	/** The open time of the newest synthetic bar stored. */
	private Instant lastBar = Instant.EPOCH;

	@BeforeEach
	void binanceKnowsTheKeyAndBarsCloseUpToNow() {
		BINANCE.resetAll();
		// the recorded account, with a USDT balance for the bot's capital
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/account"))
			.willReturn(okJson(recorded("account_response.json").replace("\"balances\": [",
					"\"balances\": [ {\"asset\": \"USDT\", \"free\": \"10000.00000000\", \"locked\": \"0.00000000\"},"))));
		BINANCE.stubFor(get(urlPathEqualTo("/sapi/v1/account/apiRestrictions")).willReturn(okJson(TRADING_KEY)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(EXCHANGE_INFO)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson("[]")));
		for (int number = 1; number <= 9; number++) {
			BINANCE.stubFor(post(urlPathEqualTo(ORDER))
				.withQueryParam("newClientOrderId", matching("b[0-9a-f]{20}" + HexFormat.of().toHexDigits(number, 11)))
				.willReturn(okJson(acknowledged(9000 + number)).withTransformers("response-template")));
		}
		// 30 synthetic bars, the newest an hour ago: the tests add their bars after the
		// newest stored (the tests of a class share the series), each closed long since
		Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(90));
		storeBars(first, 30);
		Instrument btc = this.instruments.find("BTC-USDT").orElseThrow();
		BarSeries newest = this.history.bars(btc, Timeframe.M1, first, Instant.now(), 1).bars();
		this.lastBar = Instant.ofEpochMilli(newest.time(newest.size() - 1));
	}

	@Test
	void aGridBotTradesAtBinanceAnswersItsFillAndHasItsOrdersCancelledThereWhenStopped() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user), 201).path("id").asString();
		JsonNode created = body(user.send("POST", "/api/v1/bots", bot(account, "BTC-USDT", "live grid"), true), 201);
		String id = created.path("id").asString();
		assertThat(created.path("live").asBoolean()).isTrue();
		assertThat(created.path("barsTotal").asInt()).isZero();
		body(user.send("POST", "/api/v1/bots/" + id + "/start", "", true), 200);
		JsonNode running = waitFor(user, id, (b) -> "RUNNING".equals(b.path("state").asString()));
		assertThat(running.path("barsDone").asInt()).isZero();

		// the bars closed before the start are history: nothing is sent until the next
		Thread.sleep(1_000);
		BINANCE.verify(0, postRequestedFor(urlPathEqualTo(ORDER)));
		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		// levels about 57,010, 58,454, 59,934, 61,452 and 63,011: a buy at each below the
		// close of 60,010
		waitFor(user, id, (b) -> b.path("barsDone").asInt() == 1 && b.path("openOrders").asInt() == 3);
		List<JsonNode> orders = orders(user, id);
		assertThat(orders).hasSize(3).allSatisfy((order) -> {
			assertThat(order.path("botId").asString()).isEqualTo(id);
			assertThat(order.path("symbol").asString()).isEqualTo("BTCUSDT");
			assertThat(order.path("side").asString()).isEqualTo("BUY");
			assertThat(order.path("state").asString()).isEqualTo("SUBMITTED");
			assertThat(order.path("clientOrderId").asString()).matches("b[0-9a-f]{31}");
			assertThat(auditCount("order.placed", order.path("id").asString())).isOne();
		});
		BINANCE.verify(3, postRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("type", equalTo("LIMIT")));

		// Binance fills the higher buy: it leaves the open orders and shows in the trades
		JsonNode filled = orders.stream()
			.max((a, b) -> a.path("limitPrice").decimalValue().compareTo(b.path("limitPrice").decimalValue()))
			.orElseThrow();
		List<JsonNode> resting = orders.stream().filter((o) -> o != filled).toList();
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(
				okJson("[" + String.join(",", resting.stream().map((o) -> status(o, "NEW", "0")).toList()) + "]")));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo(clientId(filled)))
			.willReturn(okJson(status(filled, "FILLED", filled.path("quantity").asString()))));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson(trade(filled))));
		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		JsonNode after = waitFor(user, id, (b) -> b.path("barsDone").asInt() == 2 && b.path("openOrders").asInt() == 3);
		assertThat(after.path("positionQuantity").decimalValue()).isEqualByComparingTo("0.001");
		assertThat(after.path("fees").decimalValue()).isEqualByComparingTo("0.06");
		List<JsonNode> fills = new ArrayList<>();
		body(user.get("/api/v1/bots/" + id + "/fills"), 200).path("items").forEach(fills::add);
		assertThat(fills).hasSize(1);
		assertThat(fills.get(0).path("venueTradeId").asString()).isEqualTo("28457");
		// the grid sells what it bought one level up
		JsonNode sell = orders(user, id).stream()
			.filter((o) -> "SELL".equals(o.path("side").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(sell.path("state").asString()).isEqualTo("SUBMITTED");
		assertThat(sell.path("quantity").decimalValue()).isEqualByComparingTo("0.001");
		assertThat(sell.path("limitPrice").decimalValue()).isGreaterThan(filled.path("limitPrice").decimalValue());
		BINANCE.verify(4, postRequestedFor(urlPathEqualTo(ORDER)));

		// stopped: Binance is asked to cancel the three working orders
		List<JsonNode> working = new ArrayList<>(resting);
		working.add(sell);
		for (JsonNode order : working) {
			BINANCE.stubFor(delete(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo(clientId(order)))
				.willReturn(okJson(cancelled(order))));
		}
		JsonNode stopped = body(user.send("POST", "/api/v1/bots/" + id + "/stop", "", true), 200);
		assertThat(stopped.path("state").asString()).isEqualTo("STOPPED");
		BINANCE.verify(3, deleteRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(orders(user, id)).extracting((o) -> o.path("state").asString())
			.containsExactlyInAnyOrder("FILLED", "CANCELED", "CANCELED", "CANCELED");
		assertThat(stopped.path("openOrders").asInt()).isZero();
		assertThat(auditCount("bot.stopped", id)).isOne();
		// stopped for good: a bar more sends nothing
		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		Thread.sleep(1_000);
		BINANCE.verify(4, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void aResumedBotCancelsWhatItsEarlierRunLeftWorkingThenTradesUnderNewNumbers() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user), 201).path("id").asString();
		String id = body(user.send("POST", "/api/v1/bots", bot(account, "BTC-USDT", "resumed"), true), 201).path("id")
			.asString();
		body(user.send("POST", "/api/v1/bots/" + id + "/start", "", true), 200);
		waitFor(user, id, (b) -> "RUNNING".equals(b.path("state").asString()));
		Thread.sleep(500);
		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		waitFor(user, id, (b) -> b.path("openOrders").asInt() == 3);
		List<JsonNode> first = orders(user, id);
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(
				okJson("[" + String.join(",", first.stream().map((o) -> status(o, "NEW", "0")).toList()) + "]")));
		for (JsonNode order : first) {
			BINANCE.stubFor(delete(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo(clientId(order)))
				.willReturn(okJson(cancelled(order))));
		}

		// paused, its orders keep working; resumed, it is a new strategy instance that
		// does not know them, so they are cancelled before it trades again
		assertThat(body(user.send("POST", "/api/v1/bots/" + id + "/pause", "", true), 200).path("openOrders").asInt())
			.isEqualTo(3);
		Thread.sleep(500);
		BINANCE.verify(0, deleteRequestedFor(urlPathEqualTo(ORDER)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		body(user.send("POST", "/api/v1/bots/" + id + "/start", "", true), 200);
		waitFor(user, id, (b) -> b.path("openOrders").asInt() == 0);
		BINANCE.verify(3, deleteRequestedFor(urlPathEqualTo(ORDER)));
		BINANCE.verify(3, postRequestedFor(urlPathEqualTo(ORDER)));

		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		waitFor(user, id, (b) -> b.path("openOrders").asInt() == 3);
		List<String> ids = orders(user, id).stream().map(LiveBotContract::clientId).toList();
		assertThat(ids).hasSize(6).doesNotHaveDuplicates();
		assertThat(ids.stream().map((cid) -> Integer.parseInt(cid.substring(21), 16)).sorted().toList())
			.containsExactly(1, 2, 3, 4, 5, 6);
		BINANCE.verify(6, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void aBotWhoseExchangeCannotBeAskedBeforeItTradesFailsAndSaysWhy() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user), 201).path("id").asString();
		String id = body(user.send("POST", "/api/v1/bots", bot(account, "BTC-USDT", "blind"), true), 201).path("id")
			.asString();
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(aResponse().withStatus(503)));
		body(user.send("POST", "/api/v1/bots/" + id + "/start", "", true), 200);
		JsonNode failed = waitFor(user, id, (b) -> "FAILED".equals(b.path("state").asString()));
		assertThat(failed.path("stateReason").asString()).startsWith("reconciliation failed:");
		storeBars(this.lastBar.plus(Duration.ofMinutes(1)), 1);
		Thread.sleep(500);
		BINANCE.verify(0, postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(auditCount("bot.failed", id)).isOne();
	}

	@Test
	void liveBotsNeedASecondFactorAndAPairTheExchangeLists() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user), 201).path("id").asString();
		int bots = count("trading_bot");
		assertProblem(user.send("POST", "/api/v1/bots", bot(account, "SPY", "stocks"), true), 400, "invalid-request");
		Browser key = Browser.withApiKey(this.port, TestAccounts.newApiKey(user, "trade"));
		assertProblem(key.send("POST", "/api/v1/bots", bot(account, "BTC-USDT", "by key"), false), 403,
				"second-factor-required");
		assertThat(count("trading_bot")).isEqualTo(bots);

		String id = body(user.send("POST", "/api/v1/bots", bot(account, "BTC-USDT", "by hand"), true), 201).path("id")
			.asString();
		assertProblem(key.send("POST", "/api/v1/bots/" + id + "/start", "", false), 403, "second-factor-required");
		assertThat(body(user.get("/api/v1/bots/" + id), 200).path("state").asString()).isEqualTo("NEW");
		BINANCE.verify(0, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	/** Stores synthetic one-minute bars from {@code first} on, around 60,000. */
	private void storeBars(Instant first, int count) {
		BarSeries.Builder bars = BarSeries.builder(Timeframe.M1, count);
		for (int i = 0; i < count; i++) {
			double close = 60_000 + ((i % 2 == 0) ? 10 : -10);
			bars.add(first.plusSeconds(60L * i).toEpochMilli(), 60_000, 60_020, 59_980, close, 3);
		}
		this.history.store("BTC-USDT", bars.build(), "test: synthetic bars");
		this.lastBar = first.plusSeconds(60L * (count - 1));
	}

	/** Binance's answer to a new order (the recorded shape), echoing what was sent. */
	private static String acknowledged(long orderId) {
		return """
				{"symbol":"BTCUSDT","orderId":%d,"orderListId":-1,"clientOrderId":"{{request.query.newClientOrderId}}",
				"transactTime":1764936000000,"price":"{{request.query.price}}","origQty":"{{request.query.quantity}}",
				"executedQty":"0.00000000","cummulativeQuoteQty":"0.00000000","status":"NEW","timeInForce":"GTC",
				"type":"LIMIT","side":"{{request.query.side}}","workingTime":1764936000000,"fills":[],
				"selfTradePreventionMode":"NONE"}""".formatted(orderId);
	}

	/** An order as Binance shows it (the recorded shape of a query). */
	private static String status(JsonNode order, String status, String executed) {
		return """
				{"symbol":"BTCUSDT","orderId":%s,"orderListId":-1,"clientOrderId":"%s","price":"%s","origQty":"%s",
				"executedQty":"%s","cummulativeQuoteQty":"0.0","status":"%s","timeInForce":"GTC","type":"LIMIT",
				"side":"%s","stopPrice":"0.0","icebergQty":"0.0","time":1764936000000,"updateTime":%d,
				"isWorking":true,"workingTime":1764936000000,"origQuoteOrderQty":"0.000000",
				"selfTradePreventionMode":"NONE"}""".formatted(order.path("venueOrderId").asString(), clientId(order),
				order.path("limitPrice").asString(), order.path("quantity").asString(), executed, status,
				order.path("side").asString(), System.currentTimeMillis());
	}

	/** The recorded trade, as the fill of {@code order}, its fee in USDT. */
	private static String trade(JsonNode order) {
		return recorded("account_trades_response.json").replace("\"BNBBTC\"", "\"BTCUSDT\"")
			.replace("\"orderId\": 100234", "\"orderId\": " + order.path("venueOrderId").asString())
			.replace("\"4.00000100\"", "\"" + order.path("limitPrice").asString() + "\"")
			.replace("\"12.00000000\"", "\"" + order.path("quantity").asString() + "\"")
			.replace("\"10.10000000\"", "\"0.06\"")
			.replace("\"BNB\"", "\"USDT\"")
			.replace("1499865549590", String.valueOf(System.currentTimeMillis()));
	}

	/** Binance's answer to a cancel (the recorded shape). */
	private static String cancelled(JsonNode order) {
		return recorded("cancel_order_response.json").replace("\"LTCBTC\"", "\"BTCUSDT\"")
			.replace("\"myOrder1\"", "\"" + clientId(order) + "\"")
			.replace("\"orderId\": 4", "\"orderId\": " + order.path("venueOrderId").asString())
			.replace("\"2.00000000\"", "\"" + order.path("limitPrice").asString() + "\"")
			.replace("\"1.00000000\"", "\"" + order.path("quantity").asString() + "\"")
			.replace("\"BUY\"", "\"" + order.path("side").asString() + "\"");
	}

	private static String clientId(JsonNode order) {
		return order.path("clientOrderId").asString();
	}

	private static String bot(String account, String symbol, String name) {
		return """
				{"name":"%s","accountId":"%s","strategy":"grid","params":%s,"symbol":"%s","interval":"1m",
				"barsPerSecond":1,"capital":1000,"commission":0.001}""".formatted(name, account, GRID, symbol);
	}

	private List<JsonNode> orders(Browser user, String botId) throws Exception {
		List<JsonNode> orders = new ArrayList<>();
		body(user.get("/api/v1/bots/" + botId + "/orders"), 200).path("items").forEach(orders::add);
		return orders;
	}

	private JsonNode waitFor(Browser user, String botId, Predicate<JsonNode> done) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		JsonNode bot = body(user.get("/api/v1/bots/" + botId), 200);
		while (!done.test(bot)) {
			assertThat(System.nanoTime()).as("bot never got there: %s", bot).isLessThan(deadline);
			Thread.sleep(100);
			bot = body(user.get("/api/v1/bots/" + botId), 200);
		}
		return bot;
	}

	private Browser verifiedUser() throws Exception {
		Browser user = TestAccounts.newUser(this.port);
		Authenticator.enrol(user);
		return user;
	}

	private HttpResponse<String> connect(Browser user) throws Exception {
		return user.send(
				"POST", "/api/v1/trading-accounts", "{\"name\":\"binance " + System.nanoTime()
						+ "\",\"venue\":\"binance\",\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"}",
				true);
	}

	private JsonNode body(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return this.json.readTree(response.body());
	}

	private void assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode problem = this.json.readTree(response.body());
		assertThat(problem.path("code").asString()).isEqualTo(code);
		assertThat(problem.path("requestId").asString()).isNotBlank();
	}

	private int count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private int auditCount(String action, String target) {
		return this.jdbc.sql("select count(*) from audit_log where action = :action and entity_id = :target")
			.param("action", action)
			.param("target", target)
			.query(Integer.class)
			.single();
	}

}
