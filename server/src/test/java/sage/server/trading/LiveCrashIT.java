package sage.server.trading;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.testing.Browser;
import sage.server.testing.SageProcess;
import sage.server.testing.TestSecrets;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
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
import static sage.server.trading.BinanceStandIn.echoingClientId;
import static sage.server.trading.BinanceStandIn.recorded;

/**
 * The real server process killed with SIGKILL at each crash point of a live order, with
 * WireMock as Binance answering with Binance's recorded payloads, and started again on
 * the same embedded database each time:
 * <ul>
 * <li>after the intent is committed, before Binance hears of it: after the restart the
 * order is looked up, Binance has none, and it ends REJECTED, never sent;</li>
 * <li>after Binance filled the order, before its answer is written: the order is looked
 * up and its fills read from Binance's trades;</li>
 * <li>in the middle of keeping those fills (the server is held inside the transaction
 * after the first of five): none of them is half kept, all five are kept after the
 * restart;</li>
 * <li>after the order was sent, before Binance answered: it is looked up and found
 * working.</li>
 * </ul>
 * In the end there is at most one POST per client order id at Binance, and each order's
 * fills add up to what Binance says filled. The crash points hold the server thread
 * ({@code sage.trading.live.crash-point}); the kill is a real SIGKILL. Prints how long
 * the server took to be ready on a cold start and after each kill.
 */
class LiveCrashIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@RegisterExtension
	static final WireMockExtension BINANCE = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private final Path dir = Path.of(System.getProperty("sage.it.run-dir", "target/it-run"), "live-crash");

	private final SageProcess server = new SageProcess(this.dir);

	private final String email = TestSecrets.newEmail();

	private final String password = TestSecrets.newSecret();

	private final List<String> recoveryCodes = new ArrayList<>();

	@AfterEach
	void killServer() throws InterruptedException {
		this.server.kill();
	}

	/**
	 * Starts the jar against the WireMock Binance, with a short wait before a NEW order
	 * counts as stale, a quick poll, and the crash point to hold at (none for empty); the
	 * milliseconds until ready.
	 */
	private long startServer(String crashPoint) throws Exception {
		List<String> args = new ArrayList<>(List.of("--sage.trading.venues.binance.base-url=" + BINANCE.baseUrl(),
				"--sage.trading.live.poll-interval=500ms", "--sage.trading.live.stale-intent=2s"));
		if (!crashPoint.isEmpty()) {
			args.add("--sage.trading.live.crash-point=" + crashPoint);
		}
		return this.server.start(args.toArray(String[]::new));
	}

	@Test
	void killNineAtEachCrashPointLosesNothingAndSendsNothingTwice() throws Exception {
		Files.createDirectories(this.dir);
		stubBinance();
		List<String> readiness = new ArrayList<>();
		readiness.add("cold start ready in " + startServer("after-intent-commit") + " ms");
		Browser user = register();
		String account = json(user.send("POST", "/api/v1/trading-accounts", """
				{"name":"binance","venue":"binance","apiKey":"%s","apiSecret":"%s"}""".formatted(KEY, SECRET), true),
				201)
			.path("id")
			.asString();

		// 1. held after the intent is committed: Binance never hears of the order
		placeInBackground(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1", "0.1"));
		killAt("after-intent-commit");
		readiness.add("after a kill at after-intent-commit: " + startServer("after-ack") + " ms");
		user = signIn();
		String neverSent = onlyOrder(user, account).path("clientOrderId").asString();
		JsonNode rejected = waitForOrder(user, account, neverSent,
				(o) -> o.path("state").asString().equals("REJECTED"));
		assertThat(rejected.path("reason").asString()).contains("never arrived");
		assertThat(postsFor(neverSent)).isZero();

		// 2. held after Binance filled the order in five trades, before the answer is
		// written; then held again inside the transaction that keeps the five fills
		placeInBackground(user, ticket(account, "BTCUSDT", "SELL", "MARKET", "10", null));
		killAt("after-ack");
		List<LoggedRequest> sentSoFar = BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(sentSoFar).hasSize(1);
		String filled = sentSoFar.get(0).queryParameter("newClientOrderId").firstValue();
		binanceFilled(filled);
		readiness.add("after a kill at after-ack: " + startServer("mid-fills") + " ms");
		killAt("mid-fills");
		readiness.add("after a kill at mid-fills: " + startServer("") + " ms");
		user = signIn();
		JsonNode done = waitForOrder(user, account, filled, (o) -> o.path("state").asString().equals("FILLED")
				&& o.path("filledQuantity").decimalValue().compareTo(new java.math.BigDecimal("10")) == 0);
		assertThat(done.path("venueOrderId").asString()).isEqualTo("28");

		// 3. killed after the order was sent, before Binance answered
		BINANCE.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "newClientOrderId"))
				.withFixedDelay(60_000)
				.withTransformers("response-template")));
		placeInBackground(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "2", "0.1"));
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER))).size() < 2) {
			assertThat(System.nanoTime()).as("the order reached Binance").isLessThan(deadline);
			Thread.sleep(50);
		}
		this.server.kill();
		List<LoggedRequest> posts = BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)));
		String sent = posts.get(posts.size() - 1).queryParameter("newClientOrderId").firstValue();
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo(sent))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "origClientOrderId"))
				.withTransformers("response-template")));
		readiness.add("after a kill after sending: " + startServer("") + " ms");
		user = signIn();
		JsonNode working = waitForOrder(user, account, sent, (o) -> o.path("state").asString().equals("SUBMITTED"));
		assertThat(working.path("venueOrderId").asString()).isEqualTo("1");
		System.out.println("LiveCrashIT: " + String.join("; ", readiness));

		// nothing sent twice, nothing lost
		Set<String> clientIds = new HashSet<>();
		JsonNode orders = json(user.get("/api/v1/orders?accountId=" + account), 200).path("items");
		for (JsonNode order : orders) {
			String id = order.path("clientOrderId").asString();
			assertThat(clientIds.add(id)).isTrue();
			assertThat(postsFor(id)).as(id).isLessThanOrEqualTo(1);
		}
		assertThat(orders).hasSize(3);
		assertThat(BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)))).hasSize(2);
		JsonNode fills = json(user.get("/api/v1/fills?accountId=" + account), 200).path("items");
		Set<String> trades = new HashSet<>();
		java.math.BigDecimal sold = java.math.BigDecimal.ZERO;
		for (JsonNode fill : fills) {
			assertThat(trades.add(fill.path("venueTradeId").asString())).isTrue();
			sold = sold.add(fill.path("quantity").decimalValue());
		}
		assertThat(fills).hasSize(5);
		assertThat(sold).isEqualByComparingTo("10");
	}

	private void stubBinance() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/account")).willReturn(okJson(recorded("account_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo("/sapi/v1/account/apiRestrictions")).willReturn(okJson(TRADING_KEY)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(EXCHANGE_INFO)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson("[]")));
		// an order Binance was never sent is one it does not know
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).atPriority(10)
			.willReturn(aResponse().withStatus(400).withBody("{\"code\":-2013,\"msg\":\"Order does not exist.\"}")));
		// the recorded MARKET SELL of 10 BTCUSDT, filled in five trades
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(
				echoingClientId(recorded("new_order_full_response.json"), "6gCrw2kRUAF9CvJDGP16IP", "newClientOrderId"))
			.withTransformers("response-template")));
	}

	/**
	 * What Binance says of the filled order from now on: the recorded order, looked up,
	 * and its five fills as trades ({@code myTrades} rows made from the recorded fills).
	 */
	private void binanceFilled(String clientOrderId) {
		JsonNode placed = JSON.readTree(recorded("new_order_full_response.json"));
		StringBuilder trades = new StringBuilder("[");
		for (JsonNode fill : placed.path("fills")) {
			trades.append((trades.length() > 1) ? "," : "")
				.append("""
						{"symbol":"BTCUSDT","id":%s,"orderId":28,"orderListId":-1,"price":"%s","qty":"%s",
						"quoteQty":"0","commission":"%s","commissionAsset":"%s","time":%d,"isBuyer":false,
						"isMaker":false,"isBestMatch":true}""".formatted(fill.path("tradeId").asString(),
						fill.path("price").asString(), fill.path("qty").asString(), fill.path("commission").asString(),
						fill.path("commissionAsset").asString(), placed.path("transactTime").asLong()));
		}
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson(trades.append("]").toString())));
		String order = recorded("new_order_full_response.json").replace("6gCrw2kRUAF9CvJDGP16IP", clientOrderId);
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo(clientOrderId))
			.willReturn(okJson(order)));
	}

	private Browser register() throws Exception {
		Browser user = new Browser(this.server.port());
		json(user.send("POST", "/api/v1/auth/register",
				"{\"email\":\"" + this.email + "\",\"password\":\"" + this.password + "\"}", true), 201);
		sage.server.testing.Authenticator app = sage.server.testing.Authenticator.enrol(user);
		this.recoveryCodes.addAll(app.recoveryCodes());
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

	private static CompletableFuture<HttpResponse<String>> placeInBackground(Browser user, String ticket) {
		return CompletableFuture.supplyAsync(() -> {
			try {
				return user.send("POST", "/api/v1/orders", ticket, true);
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	/** Waits until the server holds at the crash point, then kills it with SIGKILL. */
	private void killAt(String point) throws Exception {
		Path log = this.server.log();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (!Files.readString(log).contains("Crash point " + point + " reached")) {
			assertThat(System.nanoTime()).as("the server reached " + point).isLessThan(deadline);
			Thread.sleep(50);
		}
		this.server.kill();
		// the next start appends to the same log: mark where this run's lines end
		Files.writeString(log, Files.readString(log)
			.replace("Crash point " + point + " reached", "(killed) crash point " + point + " reached"));
	}

	private static JsonNode onlyOrder(Browser user, String account) throws Exception {
		JsonNode orders = json(user.get("/api/v1/orders?accountId=" + account), 200).path("items");
		assertThat(orders).hasSize(1);
		return orders.get(0);
	}

	private static JsonNode waitForOrder(Browser user, String account, String clientOrderId,
			Predicate<JsonNode> condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		JsonNode last = null;
		while (System.nanoTime() < deadline) {
			for (JsonNode order : json(user.get("/api/v1/orders?accountId=" + account), 200).path("items")) {
				if (order.path("clientOrderId").asString().equals(clientOrderId)) {
					last = order;
					if (condition.test(order)) {
						return order;
					}
				}
			}
			Thread.sleep(200);
		}
		throw new AssertionError("order " + clientOrderId + " did not get there: " + last);
	}

	private static int postsFor(String clientOrderId) {
		return BINANCE
			.findAll(postRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("newClientOrderId", equalTo(clientOrderId)))
			.size();
	}

	private static String ticket(String account, String symbol, String side, String type, String quantity,
			String limit) {
		return "{\"accountId\":\"" + account + "\",\"symbol\":\"" + symbol + "\",\"side\":\"" + side + "\",\"type\":\""
				+ type + "\",\"quantity\":" + quantity + ((limit != null) ? ",\"limitPrice\":" + limit : "") + "}";
	}

	private static JsonNode json(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return JSON.readTree(response.body());
	}

}
