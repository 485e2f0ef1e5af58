package sage.server.trading;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.SageProcess;
import sage.server.testing.TestSecrets;

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
 * A live grid bot on the real server process, killed with SIGKILL twice, with WireMock as
 * Binance and the same embedded database each time:
 * <ul>
 * <li>held after its first order's intent is committed, before Binance hears of it: after
 * the restart another start of the bot reconciles first, finds Binance never had the
 * order, ends it REJECTED without sending it, and trades on under new numbers;</li>
 * <li>killed while three of its buys work at Binance: after the restart it reconciles,
 * finds them at Binance, cancels them (its strategy starts afresh and does not know
 * them), and places new ones at the next bar.</li>
 * </ul>
 * In the end there is at most one POST per client order id, and every order the bot kept
 * is accounted for. The bars are <b>synthetic</b> one-minute BTC-USDT bars the test
 * stores as the administrator; Binance's answers are its recorded shapes.
 */
class LiveBotCrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern SETUP_TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

	@RegisterExtension
	static final WireMockExtension BINANCE = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final Path dir = Path.of(System.getProperty("sage.it.run-dir", "target/it-run"), "live-bot-crash");

	private final SageProcess server = new SageProcess(this.dir);

	private final String email = TestSecrets.newEmail();

	private final String password = TestSecrets.newSecret();

	private final List<String> recoveryCodes = new ArrayList<>();

	private Instant lastBar = Instant.EPOCH;

	@AfterEach
	void killServer() throws Exception {
		this.server.kill();
		deleteData();
	}

	/**
	 * A fresh database each run: the first administrator is made with the setup token.
	 */
	private void deleteData() throws Exception {
		Path data = this.dir.resolve("data");
		if (Files.isDirectory(data)) {
			try (var files = Files.walk(data)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
	}

	private long startServer(String crashPoint) throws Exception {
		List<String> args = new ArrayList<>(List.of("--sage.trading.venues.binance.base-url=" + BINANCE.baseUrl(),
				"--sage.trading.live.poll-interval=500ms", "--sage.trading.live.stale-intent=2s",
				"--sage.trading.bots.live-poll=200ms", "--sage.trading.bots.lease=3s"));
		if (!crashPoint.isEmpty()) {
			args.add("--sage.trading.live.crash-point=" + crashPoint);
		}
		return this.server.start(args.toArray(String[]::new));
	}

	@Test
	void aLiveBotKilledMidOrderAndWithOrdersWorkingReconcilesAndSendsNothingTwice() throws Exception {
		Files.createDirectories(this.dir);
		deleteData();
		Files.deleteIfExists(this.server.log());
		stubBinance();
		List<String> readiness = new ArrayList<>();
		readiness.add("cold start ready in " + startServer("after-intent-commit") + " ms");
		Browser user = firstAdministrator();
		storeBars(user, Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(90)), 30);
		String account = json(user.send("POST", "/api/v1/trading-accounts", """
				{"name":"binance","venue":"binance","apiKey":"%s","apiSecret":"%s"}""".formatted(KEY, SECRET), true),
				201)
			.path("id")
			.asString();
		String bot = json(user.send("POST", "/api/v1/bots", """
				{"name":"grid","accountId":"%s","strategy":"grid","symbol":"BTC-USDT","interval":"1m",
				"barsPerSecond":1,"capital":1000,"commission":0.001,"params":{"lower":0,"upper":0,
				"rangePercent":5,"levels":5,"geometric":1,"quantityPerLevel":0.001,"rebalance":0}}"""
			.formatted(account), true), 201).path("id").asString();
		json(user.send("POST", "/api/v1/bots/" + bot + "/start", "", true), 200);
		waitForLog("Live bot " + bot);

		// 1. held after the first buy's intent is committed
		storeBars(user, this.lastBar.plus(Duration.ofMinutes(1)), 1);
		killAt("after-intent-commit");
		readiness.add("after a kill at after-intent-commit: " + startServer("") + " ms");
		user = signIn();
		JsonNode neverSent = waitForOrder(user, bot, 1, (o) -> "REJECTED".equals(o.path("state").asString()));
		assertThat(neverSent.path("reason").asString()).contains("never arrived");
		assertThat(BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)))).isEmpty();
		// the bar was decided when the kill came: the next one is traded on
		storeBars(user, this.lastBar.plus(Duration.ofMinutes(1)), 1);
		List<JsonNode> working = new ArrayList<>();
		for (int number = 2; number <= 4; number++) {
			working.add(waitForOrder(user, bot, number, (o) -> "SUBMITTED".equals(o.path("state").asString())));
		}
		assertThat(BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)))).hasSize(3);

		// 2. killed while the three buys work at Binance, which still lists them
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders"))
			.willReturn(okJson("[" + String.join(",", working.stream().map(LiveBotCrashIT::listed).toList()) + "]")));
		for (JsonNode order : working) {
			BINANCE.stubFor(delete(urlPathEqualTo(ORDER))
				.withQueryParam("origClientOrderId", equalTo(order.path("clientOrderId").asString()))
				.willReturn(okJson(cancelled(order))));
		}
		this.server.kill();
		readiness.add("after a kill with three orders working: " + startServer("") + " ms");
		user = signIn();
		for (int number = 2; number <= 4; number++) {
			waitForOrder(user, bot, number, (o) -> "CANCELED".equals(o.path("state").asString()));
		}
		assertThat(BINANCE.findAll(deleteRequestedFor(urlPathEqualTo(ORDER)))).hasSize(3);
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		storeBars(user, this.lastBar.plus(Duration.ofMinutes(1)), 1);
		for (int number = 5; number <= 7; number++) {
			waitForOrder(user, bot, number, (o) -> "SUBMITTED".equals(o.path("state").asString()));
		}
		System.out.println("LiveBotCrashIT: " + String.join("; ", readiness));

		// nothing sent twice, nothing lost
		JsonNode orders = json(user.get("/api/v1/bots/" + bot + "/orders"), 200).path("items");
		Set<String> ids = new HashSet<>();
		for (JsonNode order : orders) {
			String id = order.path("clientOrderId").asString();
			assertThat(ids.add(id)).isTrue();
			assertThat(BINANCE
				.findAll(postRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("newClientOrderId", equalTo(id))))
				.as(id)
				.hasSizeLessThanOrEqualTo(1);
		}
		assertThat(orders).hasSize(7);
		assertThat(BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)))).hasSize(6);
		assertThat(json(user.get("/api/v1/bots/" + bot), 200).path("state").asString()).isEqualTo("RUNNING");
	}

	private void stubBinance() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/account"))
			.willReturn(okJson(recorded("account_response.json").replace("\"balances\": [",
					"\"balances\": [ {\"asset\": \"USDT\", \"free\": \"10000.00000000\", \"locked\": \"0.00000000\"},"))));
		BINANCE.stubFor(get(urlPathEqualTo("/sapi/v1/account/apiRestrictions")).willReturn(okJson(TRADING_KEY)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(EXCHANGE_INFO)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson("[]")));
		// an order Binance was never sent is one it does not know
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).atPriority(10)
			.willReturn(aResponse().withStatus(400).withBody("{\"code\":-2013,\"msg\":\"Order does not exist.\"}")));
		for (int number = 1; number <= 9; number++) {
			BINANCE.stubFor(post(urlPathEqualTo(ORDER))
				.withQueryParam("newClientOrderId", matching("b[0-9a-f]{20}" + HexFormat.of().toHexDigits(number, 11)))
				.willReturn(okJson("""
						{"symbol":"BTCUSDT","orderId":%d,"orderListId":-1,
						"clientOrderId":"{{request.query.newClientOrderId}}","transactTime":1764936000000,
						"price":"{{request.query.price}}","origQty":"{{request.query.quantity}}",
						"executedQty":"0.00000000","cummulativeQuoteQty":"0.00000000","status":"NEW",
						"timeInForce":"GTC","type":"LIMIT","side":"{{request.query.side}}",
						"workingTime":1764936000000,"fills":[],"selfTradePreventionMode":"NONE"}"""
					.formatted(9000 + number)).withTransformers("response-template")));
		}
	}

	/** An order as Binance lists it among the open ones (the recorded shape). */
	private static String listed(JsonNode order) {
		return recorded("order_response.json").replace("\"LTCBTC\"", "\"BTCUSDT\"")
			.replace("\"orderId\": 1,", "\"orderId\": " + order.path("venueOrderId").asString() + ",")
			.replace("\"myOrder1\"", "\"" + order.path("clientOrderId").asString() + "\"")
			.replace("\"price\": \"0.1\"", "\"price\": \"" + order.path("limitPrice").asString() + "\"")
			.replace("\"origQty\": \"1.0\"", "\"origQty\": \"" + order.path("quantity").asString() + "\"")
			.replace("1499827319559", String.valueOf(System.currentTimeMillis()));
	}

	/** Binance's answer to a cancel (the recorded shape). */
	private static String cancelled(JsonNode order) {
		return recorded("cancel_order_response.json").replace("\"LTCBTC\"", "\"BTCUSDT\"")
			.replace("\"myOrder1\"", "\"" + order.path("clientOrderId").asString() + "\"")
			.replace("\"orderId\": 4", "\"orderId\": " + order.path("venueOrderId").asString())
			.replace("\"2.00000000\"", "\"" + order.path("limitPrice").asString() + "\"")
			.replace("\"1.00000000\"", "\"" + order.path("quantity").asString() + "\"");
	}

	/** Synthetic one-minute bars around 60,000 from {@code first} on, stored. */
	private void storeBars(Browser admin, Instant first, int count) throws Exception {
		List<String> bars = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			bars.add("{\"time\":\"%s\",\"open\":60000,\"high\":60020,\"low\":59980,\"close\":%d,\"volume\":3}"
				.formatted(first.plusSeconds(60L * i), (i % 2 == 0) ? 60_010 : 59_990));
		}
		json(admin.send("POST", "/api/v1/instruments/BTC-USDT/bars",
				"{\"interval\":\"1m\",\"bars\":[" + String.join(",", bars) + "]}", true), 200);
		this.lastBar = first.plusSeconds(60L * (count - 1));
	}

	/** The first administrator, made with the setup token the server logged, with 2FA. */
	private Browser firstAdministrator() throws Exception {
		Matcher token = SETUP_TOKEN.matcher(Files.readString(this.server.log()));
		assertThat(token.find()).as("the setup token in the log").isTrue();
		Browser user = new Browser(this.server.port());
		json(user.send("POST", "/api/v1/auth/setup", "{\"token\":\"" + token.group(1) + "\",\"email\":\"" + this.email
				+ "\",\"password\":\"" + this.password + "\"}", false), 201);
		assertThat(user
			.send("POST", "/api/v1/auth/login",
					"{\"email\":\"" + this.email + "\",\"password\":\"" + this.password + "\"}", true)
			.statusCode()).isEqualTo(200);
		this.recoveryCodes.addAll(Authenticator.enrol(user).recoveryCodes());
		return user;
	}

	/** A new session after a restart, its second factor proven with a recovery code. */
	private Browser signIn() throws Exception {
		Browser user = new Browser(this.server.port());
		assertThat(user
			.send("POST", "/api/v1/auth/login",
					"{\"email\":\"" + this.email + "\",\"password\":\"" + this.password + "\"}", true)
			.statusCode()).isEqualTo(202);
		json(user.send("POST", "/api/v1/auth/login/2fa", "{\"recoveryCode\":\"" + this.recoveryCodes.remove(0) + "\"}",
				true), 200);
		return user;
	}

	private void waitForLog(String text) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!Files.readString(this.server.log()).contains(text)) {
			assertThat(System.nanoTime()).as("the server logged " + text).isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	/** Waits until the server holds at the crash point, then kills it with SIGKILL. */
	private void killAt(String point) throws Exception {
		waitForLog("Crash point " + point + " reached");
		this.server.kill();
		Path log = this.server.log();
		Files.writeString(log, Files.readString(log)
			.replace("Crash point " + point + " reached", "(killed) crash point " + point + " reached"));
	}

	/** Waits for the bot's order {@code number} to meet {@code condition}. */
	private static JsonNode waitForOrder(Browser user, String bot, int number, Predicate<JsonNode> condition)
			throws Exception {
		String suffix = HexFormat.of().toHexDigits(number, 11);
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			for (JsonNode order : json(user.get("/api/v1/bots/" + bot + "/orders"), 200).path("items")) {
				if (order.path("clientOrderId").asString().endsWith(suffix)) {
					last = order;
					if (condition.test(order)) {
						return order;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("order " + number + " of bot " + bot + " did not get there: " + last);
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}
