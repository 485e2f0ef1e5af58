package sage.server.trading;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

import sage.server.testing.Authenticator;
import sage.server.testing.Browser;
import sage.server.testing.TestAccounts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import static sage.server.trading.BinanceStandIn.echoingClientId;
import static sage.server.trading.BinanceStandIn.recorded;

/**
 * Live trading end to end, with WireMock standing in for Binance and answering with
 * Binance's recorded payloads (the client order id Sage sent is put in them where Binance
 * would echo it): connecting a key, orders by hand under an Idempotency-Key, answers lost
 * and resolved, reports out of order, orders placed outside Sage, limits and a ban.
 * Subclasses run it on the embedded default (H2 file) and on PostgreSQL.
 */
abstract class LiveTradingContract {

	@RegisterExtension
	static final WireMockExtension BINANCE = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	@DynamicPropertySource
	static void binanceOnThisMachine(DynamicPropertyRegistry registry) {
		registry.add("sage.trading.venues.binance.base-url", BINANCE::baseUrl);
		// the test runs each round itself
		registry.add("sage.trading.live.enabled", () -> "false");
	}

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LiveOrders liveOrders;

	private final JsonMapper json = JsonMapper.builder().build();

	@BeforeEach
	void binanceKnowsTheKey() {
		BINANCE.resetAll();
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/account")).willReturn(okJson(recorded("account_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo("/sapi/v1/account/apiRestrictions")).willReturn(okJson(TRADING_KEY)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/exchangeInfo")).willReturn(okJson(EXCHANGE_INFO)));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson("[]")));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson("[]")));
	}

	@Test
	void connectsAKeyThatTradesKeepsItInTheVaultAndRefusesOneThatCanWithdraw() throws Exception {
		Browser user = verifiedUser();
		int accounts = count("trading_account");
		int secrets = count("identity_secret");

		BINANCE.stubFor(get(urlPathEqualTo("/sapi/v1/account/apiRestrictions"))
			.willReturn(okJson(TRADING_KEY.replace("\"enableWithdrawals\":false", "\"enableWithdrawals\":true"))));
		assertProblem(connect(user, "withdrawing"), 422, "exchange-key-permissions");
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/account")).willReturn(aResponse().withStatus(401)
			.withBody("{\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}")));
		assertProblem(connect(user, "refused"), 422, "exchange-key-rejected");
		assertProblem(user.send("POST", "/api/v1/trading-accounts",
				"{\"name\":\"x\",\"venue\":\"kraken\",\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"}",
				true), 400, "invalid-request");
		assertProblem(user.send("POST", "/api/v1/trading-accounts",
				"{\"name\":\"x\",\"venue\":\"okx\",\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"}", true),
				400, "invalid-request");
		Browser noSecondFactor = TestAccounts.newUser(this.port);
		assertProblem(connect(noSecondFactor, "unproven"), 403, "second-factor-required");
		assertThat(count("trading_account")).isEqualTo(accounts);
		assertThat(count("identity_secret")).isEqualTo(secrets);

		binanceKnowsTheKey();
		JsonNode account = body(connect(user, "binance main"), 201);
		assertThat(account.path("live").asBoolean()).isTrue();
		assertThat(account.path("venue").asString()).isEqualTo("binance");
		assertThat(account.path("keyHint").asString()).isEqualTo("vmPU…Eh8A");
		assertThat(account.path("balances").get(0).path("currency").asString()).isEqualTo("BTC");
		assertThat(account.path("balances").get(0).path("total").decimalValue())
			.isEqualByComparingTo("4723846.89208129");
		assertThat(account.toString()).doesNotContain(SECRET).doesNotContain(KEY);
		assertThat(count("identity_secret")).isEqualTo(secrets + 2);
		assertThat(this.jdbc.sql("select count(*) from identity_secret where ciphertext like :s or label like :s")
			.param("s", "%" + SECRET.substring(0, 12) + "%")
			.query(Integer.class)
			.single()).isZero();
		assertThat(auditCount("trading-account.connected", account.path("id").asString())).isOne();
	}

	@Test
	void aMarketOrderFillsAndAnIdempotencyKeyPlacesItOnceEvenWhenSentAtOnce() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(
				echoingClientId(recorded("new_order_full_response.json"), "6gCrw2kRUAF9CvJDGP16IP", "newClientOrderId"))
			.withFixedDelay(300)
			.withTransformers("response-template")));
		String ticket = ticket(account, "BTCUSDT", "SELL", "MARKET", "10", null);
		String key = "order-" + System.nanoTime();

		List<HttpResponse<String>> answers = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
			List<Future<HttpResponse<String>>> sent = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				Callable<HttpResponse<String>> send = () -> placeWithKey(user, ticket, key);
				sent.add(pool.submit(send));
			}
			for (Future<HttpResponse<String>> answer : sent) {
				answers.add(answer.get());
			}
		}
		Set<String> orderIds = new HashSet<>();
		int created = 0;
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isIn(200, 201);
			created += (answer.statusCode() == 201) ? 1 : 0;
			orderIds.add(this.json.readTree(answer.body()).path("id").asString());
		}
		assertThat(created).isOne();
		assertThat(orderIds).hasSize(1);
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));

		String orderId = orderIds.iterator().next();
		JsonNode order = body(user.get("/api/v1/orders/" + orderId), 200);
		assertThat(order.path("state").asString()).isEqualTo("FILLED");
		assertThat(order.path("filledQuantity").decimalValue()).isEqualByComparingTo("10");
		assertThat(order.path("venueOrderId").asString()).isEqualTo("28");
		assertThat(fillCount(orderId)).isEqualTo(5);
		assertThat(auditCount("order.placed", orderId)).isOne();
		assertThat(auditCount("order.filled", orderId)).isEqualTo(5);

		HttpResponse<String> again = placeWithKey(user, ticket, key);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
		assertProblem(placeWithKey(user, ticket(account, "BTCUSDT", "SELL", "MARKET", "9", null), key), 422,
				"idempotency-key-reused");
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void aSubmitWithoutAnAnswerIsUnknownThenResolvedByItsClientOrderIdAndNeverSentAgain() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(503)));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", matching(".+"))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "origClientOrderId"))
				.withTransformers("response-template")));

		JsonNode order = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "0.1")), 201);
		assertThat(order.path("state").asString()).isEqualTo("SUBMITTED");
		assertThat(order.path("venueOrderId").asString()).isEqualTo("1");
		// resolved: "being looked up" no longer holds
		assertThat(order.hasNonNull("reason")).as(order.toString()).isFalse();
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
		BINANCE.verify(getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId",
				matching(order.path("clientOrderId").asString())));
	}

	@Test
	void anOrderBinanceStillDoesNotShowAfterAFewAsksWasNeverPlacedAndEndsRejected() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(504)));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(400).withBody("{\"code\":-2013,\"msg\":\"Order does not exist.\"}")));

		JsonNode order = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "0.1")), 201);
		assertThat(order.path("state").asString()).isEqualTo("REJECTED");
		assertThat(order.path("reason").asString()).contains("never arrived");
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
		// asked a few times before it was believed
		assertThat(BINANCE.findAll(getRequestedFor(urlPathEqualTo(ORDER)))).hasSizeGreaterThan(1);
		assertThat(auditCount("order.canceled", order.path("id").asString())
				+ auditCount("order.rejected", order.path("id").asString()))
			.isOne();
	}

	@Test
	void aFillBeforeTheAckDuplicatesAndStaleStatusesAreFoldedInOnce() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		// the answer to the order is lost, and so is the first lookup by client order id
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(502)));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", matching(".+"))
			.willReturn(aResponse().withStatus(500)));
		JsonNode placed = body(place(user, ticket(account, "BNBBTC", "BUY", "LIMIT", "24", "4.000002")), 201);
		assertThat(placed.path("state").asString()).isEqualTo("UNKNOWN");
		String orderId = placed.path("id").asString();
		String clientOrderId = placed.path("clientOrderId").asString();

		// Binance then reports the order's trade (twice, as a retried page would) before
		// anything says it took the order; its own id leads back to it
		String trades = recorded("account_trades_response.json");
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/myTrades"))
			.willReturn(okJson("[" + trades.strip().substring(1, trades.strip().length() - 1) + ","
					+ trades.strip().substring(1, trades.strip().length() - 1) + "]")));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("orderId", matching("100234"))
			.willReturn(okJson(partlyFilled(clientOrderId, "12.00000000", 1499865549590L))));
		this.liveOrders.sync(account);
		this.liveOrders.sync(account);

		JsonNode order = body(user.get("/api/v1/orders/" + orderId), 200);
		assertThat(order.path("venueOrderId").asString()).isEqualTo("100234");
		assertThat(order.path("state").asString()).isEqualTo("PARTIALLY_FILLED");
		assertThat(order.path("filledQuantity").decimalValue()).isEqualByComparingTo("12");
		assertThat(fillCount(orderId)).isOne();
		assertThat(auditCount("order.filled", orderId)).isOne();
		// the fee is kept in the asset Binance charged it in
		assertThat(this.jdbc.sql("select fee_currency from trading_fill where order_id = :id")
			.param("id", orderId)
			.query(String.class)
			.single()).isEqualTo("BNB");

		// an older status that says less changes nothing
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/openOrders"))
			.willReturn(okJson("[" + partlyFilled(clientOrderId, "0", 1499865549000L) + "]")));
		this.liveOrders.sync(account);
		assertThat(body(user.get("/api/v1/orders/" + orderId), 200).path("state").asString())
			.isEqualTo("PARTIALLY_FILLED");
		assertThat(fillCount(orderId)).isOne();
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderPlacedOutsideSageIsImportedAndFlagged() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "newClientOrderId")
				.replace("\"orderId\": 1,", "\"orderId\": 7,")).withTransformers("response-template")));
		String ours = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "0.1")), 201).path("id")
			.asString();
		// Binance lists ours and one placed on its own site (the recording's myOrder1),
		// and reports a trade (the recording's) of an order Sage never heard of
		BINANCE.stubFor(
				get(urlPathEqualTo("/api/v3/openOrders")).willReturn(okJson(recorded("open_orders_response.json"))));
		BINANCE.stubFor(
				get(urlPathEqualTo("/api/v3/myTrades")).willReturn(okJson(recorded("account_trades_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).withQueryParam("orderId", matching("100234"))
			.willReturn(okJson(partlyFilled("web_by_hand", "12.00000000", 1499865549590L))));
		this.liveOrders.sync(account);
		this.liveOrders.sync(account);

		List<JsonNode> imported = new ArrayList<>();
		body(user.get("/api/v1/orders?accountId=" + account), 200).path("items").forEach((order) -> {
			if (order.path("imported").asBoolean()) {
				imported.add(order);
			}
		});
		assertThat(imported).hasSize(2);
		JsonNode listed = imported.stream()
			.filter((o) -> o.path("venueOrderId").asString().equals("1"))
			.findFirst()
			.orElseThrow();
		assertThat(listed.path("state").asString()).isEqualTo("SUBMITTED");
		assertThat(listed.path("reason").asString()).contains("myOrder1");
		// Binance knows it by an id Sage did not give: it is cancelled where it was
		// placed
		assertProblem(user.send("POST", "/api/v1/orders/" + listed.path("id").asString() + "/cancel", "", true), 409,
				"order-not-cancelable");
		JsonNode traded = imported.stream()
			.filter((o) -> o.path("venueOrderId").asString().equals("100234"))
			.findFirst()
			.orElseThrow();
		assertThat(traded.path("symbol").asString()).isEqualTo("BNBBTC");
		assertThat(traded.path("state").asString()).isEqualTo("PARTIALLY_FILLED");
		assertThat(traded.path("filledQuantity").decimalValue()).isEqualByComparingTo("12");
		assertThat(traded.path("reason").asString()).contains("web_by_hand");
		assertThat(fillCount(traded.path("id").asString())).isOne();
		assertThat(auditCount("order.placed", traded.path("id").asString())).isOne();
		assertThat(body(user.get("/api/v1/orders/" + ours), 200).path("imported").asBoolean()).isFalse();
	}

	@Test
	void aWorkingOrderIsCancelledAndACancelledOneCannotBe() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "newClientOrderId")
				.replace("\"orderId\": 1,", "\"orderId\": 4,")).withTransformers("response-template")));
		BINANCE.stubFor(delete(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("cancel_order_response.json"), "myOrder1", "origClientOrderId"))
				.withTransformers("response-template")));
		String id = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "2")), 201).path("id").asString();
		JsonNode canceled = body(user.send("POST", "/api/v1/orders/" + id + "/cancel", "", true), 200);
		assertThat(canceled.path("state").asString()).isEqualTo("CANCELED");
		assertProblem(user.send("POST", "/api/v1/orders/" + id + "/cancel", "", true), 409, "order-not-cancelable");
		assertThat(auditCount("order.canceled", id)).isOne();
	}

	@Test
	void theKillSwitchCancelsLiveOrdersEvenFromAKeyWithoutASecondFactor() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "newClientOrderId")
				.replace("\"orderId\": 1,", "\"orderId\": 4,")).withTransformers("response-template")));
		BINANCE.stubFor(delete(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("cancel_order_response.json"), "myOrder1", "origClientOrderId"))
				.withTransformers("response-template")));
		String id = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "2")), 201).path("id").asString();

		Browser key = Browser.withApiKey(this.port, TestAccounts.newApiKey(user, "trade"));
		JsonNode pulled = body(key.send("POST", "/api/v1/kill-switch", "", false), 200);
		assertThat(pulled.path("ordersCanceled").asInt()).isOne();
		assertThat(pulled.path("ordersLeft").asInt()).isZero();
		assertThat(body(user.get("/api/v1/orders/" + id), 200).path("state").asString()).isEqualTo("CANCELED");
		assertThat(auditCount("order.canceled", id)).isOne();
	}

	@Test
	void theAccountsLimitsRefuseAnOrderBeforeItIsSentAndSayWhichRule() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		String paper = body(
				user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"paper\",\"balances\":{\"USD\":1000}}", true),
				201)
			.path("id")
			.asString();
		assertProblem(
				user.send("PUT", "/api/v1/trading-accounts/" + account + "/limits", "{\"maxOrderNotional\":-1}", true),
				400, "invalid-request");
		assertProblem(user.send("PUT", "/api/v1/trading-accounts/" + account + "/limits",
				"{\"allowedSymbols\":[\"no spaces\"]}", true), 400, "invalid-request");
		assertProblem(user.send("PUT", "/api/v1/trading-accounts/" + paper + "/limits", "{\"maxOpenOrders\":1}", true),
				409, "account-not-live");
		JsonNode limited = body(user.send("PUT", "/api/v1/trading-accounts/" + account + "/limits",
				"{\"maxOrderNotional\":0.15,\"maxOpenOrders\":1,\"allowedSymbols\":[\"LTCBTC\"]}", true), 200);
		assertThat(limited.path("limits").path("maxOpenOrders").asInt()).isOne();
		assertThat(auditCount("trading-account.limits-set", account)).isOne();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(echoingClientId(recorded("order_response.json"), "myOrder1", "newClientOrderId"))
				.withTransformers("response-template")));

		JsonNode tooBig = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1", "0.2")), 201);
		assertThat(tooBig.path("state").asString()).isEqualTo("REJECTED");
		assertThat(tooBig.path("reason").asString()).startsWith("max-order-notional: ");
		assertThat(
				body(place(user, ticket(account, "LTCBTC", "BUY", "MARKET", "1", null)), 201).path("reason").asString())
			.startsWith("max-order-notional: a market order has no price");
		assertThat(body(place(user, ticket(account, "BTCUSDT", "BUY", "LIMIT", "0.001", "6000")), 201).path("reason")
			.asString()).startsWith("allowed-symbols: ");
		BINANCE.verify(0, postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(auditCount("order.rejected", tooBig.path("id").asString())).isOne();

		assertThat(
				body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1", "0.1")), 201).path("state").asString())
			.isEqualTo("SUBMITTED");
		assertThat(
				body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1", "0.1")), 201).path("reason").asString())
			.startsWith("max-open-orders: ");
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void aBanRejectsTheOrderAndHaltsTheAccountWithoutAnotherRequest() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(418)
			.withHeader("Retry-After", "120")
			.withBody("{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1764936120000.\"}")));
		JsonNode order = body(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "0.1")), 201);
		assertThat(order.path("state").asString()).isEqualTo("REJECTED");
		int requests = BINANCE.getAllServeEvents().size();

		HttpResponse<String> halted = place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "1.0", "0.1"));
		assertProblem(halted, 503, "venue-halted");
		assertThat(halted.headers().firstValue("Retry-After")).isPresent();
		assertThat(BINANCE.getAllServeEvents()).hasSize(requests);
		assertThat(body(user.get("/api/v1/trading-accounts/" + account), 200).path("haltedUntil").isNull()).isFalse();
	}

	@Test
	void badTicketsAreProblemsThatChangeNothingAndKeysCannotTradeLive() throws Exception {
		Browser user = verifiedUser();
		String account = body(connect(user, "main"), 201).path("id").asString();
		String paper = body(
				user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"paper\",\"balances\":{\"USD\":1000}}", true),
				201)
			.path("id")
			.asString();
		int orders = count("trading_order");

		assertProblem(place(user, "{\"accountId\":\"" + account + "\",\"symbol\":\"LTCBTC\",\"side\":\"HOLD\","
				+ "\"type\":\"LIMIT\",\"quantity\":-1}"), 400, "invalid-request");
		assertProblem(place(user, ticket(account, "LTCBTC", "BUY", "MARKET", "1", "0.1")), 400, "invalid-request");
		assertProblem(place(user, ticket(account, "LTCBTC", "BUY", "LIMIT", "0.0004", "0.1")), 400, "invalid-request");
		assertProblem(place(user, ticket(paper, "BTC-USD", "BUY", "MARKET", "1", null)), 409, "account-not-live");
		assertProblem(place(user, ticket("00000000-0000-0000-0000-000000000000", "LTCBTC", "BUY", "MARKET", "1", null)),
				404, "trading-account-not-found");
		assertProblem(placeWithKey(user, ticket(account, "LTCBTC", "BUY", "MARKET", "1", null), "no spaces"), 400,
				"invalid-request");
		assertProblem(user.get("/api/v1/orders/00000000-0000-0000-0000-000000000000"), 404, "order-not-found");

		Browser key = Browser.withApiKey(this.port, TestAccounts.newApiKey(user, "trade"));
		assertProblem(key.send("POST", "/api/v1/orders", ticket(account, "LTCBTC", "BUY", "MARKET", "1", null), false),
				403, "second-factor-required");
		assertThat(count("trading_order")).isEqualTo(orders);
		BINANCE.verify(0, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	private Browser verifiedUser() throws Exception {
		Browser user = TestAccounts.newUser(this.port);
		Authenticator.enrol(user);
		return user;
	}

	private HttpResponse<String> connect(Browser user, String name) throws Exception {
		return user.send("POST", "/api/v1/trading-accounts", "{\"name\":\"" + name
				+ "\",\"venue\":\"binance\",\"apiKey\":\"" + KEY + "\",\"apiSecret\":\"" + SECRET + "\"}", true);
	}

	private static HttpResponse<String> place(Browser user, String ticket) throws Exception {
		return user.send("POST", "/api/v1/orders", ticket, true);
	}

	private static HttpResponse<String> placeWithKey(Browser user, String ticket, String key) throws Exception {
		Browser keyed = user.copyWithHeader("Idempotency-Key", key);
		return keyed.send("POST", "/api/v1/orders", ticket, true);
	}

	private static String ticket(String account, String symbol, String side, String type, String quantity,
			String limit) {
		return "{\"accountId\":\"" + account + "\",\"symbol\":\"" + symbol + "\",\"side\":\"" + side + "\",\"type\":\""
				+ type + "\",\"quantity\":" + quantity + ((limit != null) ? ",\"limitPrice\":" + limit : "") + "}";
	}

	/**
	 * BNBBTC order 100234 (the recorded trade's), as Binance would show it: a limit buy
	 * of 24 at 4.000002 with {@code filled} done, under Sage's client order id.
	 */
	private static String partlyFilled(String clientOrderId, String filled, long updateTime) {
		return """
				{"symbol":"BNBBTC","orderId":100234,"orderListId":-1,"clientOrderId":"%s","price":"4.00000200",
				"origQty":"24.00000000","executedQty":"%s","cummulativeQuoteQty":"0.0","status":"%s",
				"timeInForce":"GTC","type":"LIMIT","side":"BUY","time":1499865549000,"updateTime":%d}"""
			.formatted(clientOrderId, filled, "0".equals(filled) ? "NEW" : "PARTIALLY_FILLED", updateTime);
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

	private int fillCount(String orderId) {
		return this.jdbc.sql("select count(*) from trading_fill where order_id = :id")
			.param("id", orderId)
			.query(Integer.class)
			.single();
	}

	private int auditCount(String action, String target) {
		return this.jdbc.sql("select count(*) from audit_log where action = :action and entity_id = :target")
			.param("action", action)
			.param("target", target)
			.query(Integer.class)
			.single();
	}

}
