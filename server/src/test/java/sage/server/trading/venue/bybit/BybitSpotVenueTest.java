package sage.server.trading.venue.bybit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.OrderType;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueOrderStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.server.trading.venue.bybit.StandIn.CANCEL;
import static sage.server.trading.venue.bybit.StandIn.CREATE;
import static sage.server.trading.venue.bybit.StandIn.CREDENTIALS;
import static sage.server.trading.venue.bybit.StandIn.EMPTY_LIST;
import static sage.server.trading.venue.bybit.StandIn.EXECUTIONS;
import static sage.server.trading.venue.bybit.StandIn.HISTORY;
import static sage.server.trading.venue.bybit.StandIn.QUICK;
import static sage.server.trading.venue.bybit.StandIn.REALTIME;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.WALLET;
import static sage.server.trading.venue.bybit.StandIn.error;
import static sage.server.trading.venue.bybit.StandIn.ids;

/**
 * Bybit spot orders, trades and balances against WireMock answering with Bybit's recorded
 * payloads: what is sent, how it is signed, and how the answers read.
 */
class BybitSpotVenueTest {

	@RegisterExtension
	static final WireMockExtension BYBIT = StandIn.bybit();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ManualClock clock = new ManualClock(START);

	private BybitSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BYBIT, this.clock, QUICK);
	}

	@Test
	void isNamedBybit() {
		assertThat(this.venue.name()).isEqualTo("bybit");
	}

	@Test
	void placesAMarketBuyInTheBaseCoinSignedAsBybitAsks() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(ids("1321003749386327552", "sage-1"))));
		SubmitResult result = this.venue
			.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, new BigDecimal("0.0010"), "sage-1"));
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, (accepted) -> {
			assertThat(accepted.order())
				.isEqualTo(new VenueOrder("sage-1", "1321003749386327552", "BTCUSDT", Side.BUY, VenueOrderStatus.NEW,
						new BigDecimal("0.0010"), BigDecimal.ZERO, null, Instant.ofEpochMilli(1672211918471L)));
			assertThat(accepted.fills()).isEmpty();
		});
		LoggedRequest sent = BYBIT.findAll(postRequestedFor(urlPathEqualTo(CREATE))).get(0);
		assertThat(JSON.readValue(sent.getBodyAsString(), Map.class))
			.containsExactlyInAnyOrderEntriesOf(Map.of("category", "spot", "symbol", "BTCUSDT", "side", "Buy",
					"orderType", "Market", "qty", "0.0010", "marketUnit", "baseCoin", "orderLinkId", "sage-1"));
		assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
		assertThat(sent.getHeader("X-BAPI-API-KEY")).isEqualTo(CREDENTIALS.apiKey());
		assertThat(sent.getHeader("X-BAPI-TIMESTAMP")).isEqualTo(String.valueOf(START.toEpochMilli()));
		assertThat(sent.getHeader("X-BAPI-RECV-WINDOW")).isEqualTo("5000");
		assertThat(sent.getHeader("X-BAPI-SIGN")).isEqualTo(StandIn.expectedSignature(sent, sent.getBodyAsString()));
		assertThat(sent.getUrl()).doesNotContain(CREDENTIALS.secret());
	}

	@Test
	void placesALimitOrderWithItsPriceAndTimeInForce() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(ids("1321003749386327553", "sage-2"))));
		SubmitResult result = this.venue.submit(VenueOrderRequest.limit("ETHUSDT", Side.SELL, new BigDecimal("0.010"),
				new BigDecimal("3940.42"), TimeInForce.IOC, "sage-2"));
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, (accepted) -> {
			assertThat(accepted.order().price()).isEqualByComparingTo("3940.42");
			assertThat(accepted.order().venueOrderId()).isEqualTo("1321003749386327553");
		});
		LoggedRequest sent = BYBIT.findAll(postRequestedFor(urlPathEqualTo(CREATE))).get(0);
		assertThat(JSON.readValue(sent.getBodyAsString(), Map.class)).containsExactlyInAnyOrderEntriesOf(
				Map.of("category", "spot", "symbol", "ETHUSDT", "side", "Sell", "orderType", "Limit", "qty", "0.010",
						"price", "3940.42", "timeInForce", "IOC", "orderLinkId", "sage-2"));
		assertThat(sent.getHeader("X-BAPI-SIGN")).isEqualTo(StandIn.expectedSignature(sent, sent.getBodyAsString()));
	}

	@Test
	void aPostOnlyOrderIsALimitOrderWithBybitsPostOnlyTimeInForce() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(ids("7", "sage-3"))));
		this.venue.submit(new VenueOrderRequest("ETHUSDT", Side.BUY, OrderType.LIMIT_MAKER, new BigDecimal("0.010"),
				new BigDecimal("3900"), null, TimeInForce.GTC, "sage-3"));
		LoggedRequest sent = BYBIT.findAll(postRequestedFor(urlPathEqualTo(CREATE))).get(0);
		assertThat(JSON.readValue(sent.getBodyAsString(), Map.class)).containsEntry("orderType", "Limit")
			.containsEntry("timeInForce", "PostOnly");
	}

	@Test
	void anOrderLinkIdBybitWouldRefuseIsRejectedWithoutAsking() {
		for (String id : List.of("sage order 1", "sage.1", "x".repeat(37))) {
			assertThat(this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, BigDecimal.ONE, id)))
				.isInstanceOfSatisfying(SubmitResult.Rejected.class,
						(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.FILTER_FAILURE));
		}
		assertThat(this.venue.submit(new VenueOrderRequest("BTCUSDT", Side.SELL, OrderType.STOP_LOSS, BigDecimal.ONE,
				null, new BigDecimal("30000"), TimeInForce.GTC, "sage-4")))
			.isInstanceOf(SubmitResult.Rejected.class);
		BYBIT.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void findsAWorkingOrderByOrderLinkIdSignedOverTheQueryString() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		assertThat(this.venue.findByClientOrderId("ETHUSDT", "client-open-2")).contains(new VenueOrder("client-open-2",
				"open-order-2", "ETHUSDT", Side.SELL, VenueOrderStatus.NEW, new BigDecimal("0.010"), BigDecimal.ZERO,
				new BigDecimal("3940.42"), Instant.ofEpochMilli(1761355905609L)));
		LoggedRequest sent = BYBIT.findAll(getRequestedFor(urlPathEqualTo(REALTIME))).get(0);
		assertThat(StandIn.query(sent)).isEqualTo("category=spot&symbol=ETHUSDT&orderLinkId=client-open-2");
		assertThat(sent.getHeader("X-BAPI-SIGN")).isEqualTo(StandIn.expectedSignature(sent, StandIn.query(sent)));
		BYBIT.verify(0, getRequestedFor(urlPathEqualTo(HISTORY)));
	}

	@Test
	void findsAClosedOrderInTheHistoryWhenRealtimeNoLongerShowsIt() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(EMPTY_LIST)));
		BYBIT.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(okJson(Recorded.read("http_get_orders_history.json"))));
		assertThat(this.venue.findByClientOrderId("BTCUSDT", "client-1")).contains(new VenueOrder("client-1",
				"abcdef123456", "BTCUSDT", Side.BUY, VenueOrderStatus.CANCELED, new BigDecimal("0.010"),
				BigDecimal.ZERO, new BigDecimal("30000"), Instant.ofEpochMilli(1700000005000L)));
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(HISTORY)).withQueryParam("orderLinkId", equalTo("client-1"))
			.withQueryParam("category", equalTo("spot")));
	}

	@Test
	void findsAnOrderByBybitsOwnIdWithWhatItFilledBeforeItWasRejected() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME))
			.willReturn(okJson(Recorded.read("http_get_order_partially_filled_rejected.json"))));
		assertThat(this.venue.findByVenueOrderId("BTCUSDT", "5cf98598-39a7-459e-97bf-76ca765ee021"))
			.hasValueSatisfying((order) -> {
				assertThat(order.clientOrderId()).isEqualTo("O-20251001-164609-APEX-000-49");
				assertThat(order.status()).isEqualTo(VenueOrderStatus.REJECTED);
				assertThat(order.filledQuantity()).isEqualByComparingTo("0.005");
				assertThat(order.remainingQuantity()).isZero();
			});
		BYBIT.verify(getRequestedFor(urlPathEqualTo(REALTIME))
			.withQueryParam("orderId", equalTo("5cf98598-39a7-459e-97bf-76ca765ee021"))
			.withQueryParam("orderLinkId", absent()));
	}

	@Test
	void anOrderIdBybitDoesNotKnowIsEmptyWithoutRepeatedLookups() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(EMPTY_LIST)));
		BYBIT.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(okJson(EMPTY_LIST)));
		assertThat(this.venue.findByVenueOrderId("BTCUSDT", "404")).isEmpty();
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(REALTIME)));
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(HISTORY)));
	}

	@Test
	void cancelsByOrderLinkIdAndReadsTheOrderBack() {
		BYBIT.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(okJson(ids("abcdef123456", "client-1"))));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(EMPTY_LIST)));
		BYBIT.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(okJson(Recorded.read("http_get_orders_history.json"))));
		VenueOrder canceled = this.venue.cancel("BTCUSDT", "client-1");
		assertThat(canceled.status()).isEqualTo(VenueOrderStatus.CANCELED);
		assertThat(canceled.venueOrderId()).isEqualTo("abcdef123456");
		LoggedRequest sent = BYBIT.findAll(postRequestedFor(urlPathEqualTo(CANCEL))).get(0);
		assertThat(JSON.readValue(sent.getBodyAsString(), Map.class)).containsExactlyInAnyOrderEntriesOf(
				Map.of("category", "spot", "symbol", "BTCUSDT", "orderLinkId", "client-1"));
		assertThat(sent.getHeader("X-BAPI-SIGN")).isEqualTo(StandIn.expectedSignature(sent, sent.getBodyAsString()));
	}

	@Test
	void cancelOfAnOrderBybitDoesNotKnowIsUnknownOrderAndNotSentAgain() {
		BYBIT.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(okJson(error(170213, "Order does not exist."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("BTCUSDT", "client-9"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_ORDER);
				assertThat(ex.failure().venueCode()).isEqualTo("170213");
			});
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
	}

	@Test
	void cancelAsksAgainWhileBybitStillShowsTheOrderWorking() {
		BYBIT.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(okJson(ids("open-order-1", "client-open-1"))));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("cancelling")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(Recorded.read("http_get_orders_realtime.json")))
			.willSetStateTo("cancelled"));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("cancelling")
			.whenScenarioStateIs("cancelled")
			.willReturn(okJson(Recorded.read("http_get_orders_realtime.json")
				.replace("\"orderStatus\": \"New\"", "\"orderStatus\": \"Cancelled\""))));
		assertThat(this.venue.cancel("ETHUSDT", "client-open-1").status()).isEqualTo(VenueOrderStatus.CANCELED);
		BYBIT.verify(2, getRequestedFor(urlPathEqualTo(REALTIME)));
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
	}

	@Test
	void cancelWithoutAClearAnswerIsUnavailableAndNotSentAgain() {
		BYBIT.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(aResponse().withStatus(504)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("ETHUSDT", "client-open-1"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE));
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
		BYBIT.verify(0, getRequestedFor(urlPathEqualTo(REALTIME)));
	}

	@Test
	void listsTheOpenOrdersOfASymbol() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		List<VenueOrder> open = this.venue.openOrders("ETHUSDT");
		assertThat(open).extracting(VenueOrder::clientOrderId).containsExactly("client-open-1", "client-open-2");
		assertThat(open).extracting(VenueOrder::side).containsExactly(Side.BUY, Side.SELL);
		assertThat(open.get(0).remainingQuantity()).isEqualByComparingTo("0.010");
		BYBIT.verify(1,
				getRequestedFor(urlPathEqualTo(REALTIME)).withQueryParam("category", equalTo("spot"))
					.withQueryParam("symbol", equalTo("ETHUSDT"))
					.withQueryParam("openOnly", equalTo("0")));
	}

	@Test
	void readsEveryPageOfTradesOldestFirstPassingBybitsCursorBackAsGiven() {
		BYBIT.stubFor(get(urlPathEqualTo(EXECUTIONS)).withQueryParam("cursor", absent())
			.willReturn(okJson(Recorded.read("http_get_executions.json"))));
		BYBIT.stubFor(get(urlPathEqualTo(EXECUTIONS)).withQueryParam("cursor", equalTo("132766:2,132766:2"))
			.willReturn(okJson(EMPTY_LIST)));
		List<VenueFill> fills = this.venue.fills("BTCUSDT", null);
		assertThat(fills).containsExactly(
				new VenueFill("e0cbe81d-0f18-5866-9415-cf319b5dab3b", "8c065341-7b52-4ca9-ac2c-37e31ac55c94", "BTCUSDT",
						Side.BUY, new BigDecimal("50000.00"), new BigDecimal("0.100"), new BigDecimal("0.0150"), "USDT",
						Instant.ofEpochMilli(1672282722429L)),
				new VenueFill("f1dce92e-1g29-6977-a526-dg420c6ecb4c", "7b954230-6a41-3ba8-bc20-26d20ab44b83", "ETHUSDT",
						Side.SELL, new BigDecimal("3000.00"), new BigDecimal("0.500"), new BigDecimal("0.9000"), "USDT",
						Instant.ofEpochMilli(1672282822529L)));
		List<LoggedRequest> pages = BYBIT.findAll(getRequestedFor(urlPathEqualTo(EXECUTIONS)));
		assertThat(pages).hasSize(2);
		assertThat(StandIn.query(pages.get(1))).endsWith("&cursor=132766%3A2%2C132766%3A2");
		assertThat(pages.get(1).getHeader("X-BAPI-SIGN"))
			.isEqualTo(StandIn.expectedSignature(pages.get(1), StandIn.query(pages.get(1))));
	}

	@Test
	void readsTradesSinceAnInstantInSevenDayRanges() {
		BYBIT.stubFor(get(urlPathEqualTo(EXECUTIONS)).willReturn(okJson(EMPTY_LIST)));
		assertThat(this.venue.fills("BTCUSDT", START.minus(Duration.ofDays(10)))).isEmpty();
		List<LoggedRequest> ranges = BYBIT.findAll(getRequestedFor(urlPathEqualTo(EXECUTIONS)));
		assertThat(ranges).hasSize(2);
		assertThat(ranges.get(0).queryParameter("startTime").firstValue())
			.isEqualTo(String.valueOf(START.minus(Duration.ofDays(10)).toEpochMilli()));
		assertThat(ranges.get(0).queryParameter("endTime").firstValue())
			.isEqualTo(String.valueOf(START.minus(Duration.ofDays(3)).toEpochMilli() - 1));
		assertThat(ranges.get(1).queryParameter("endTime").firstValue())
			.isEqualTo(String.valueOf(START.toEpochMilli()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.venue.fills("BTCUSDT", START.minus(Duration.ofDays(31))));
	}

	@Test
	void readsTheWalletBalanceOfTheUnifiedAccountLeavingEmptyCoinsOut() {
		BYBIT.stubFor(get(urlPathEqualTo(WALLET)).willReturn(okJson(Recorded.read("http_get_wallet_balance.json"))));
		assertThat(this.venue.balances()).containsExactlyEntriesOf(Map.of("USDT", new BigDecimal("1000.50")));
		BYBIT.verify(getRequestedFor(urlPathEqualTo(WALLET)).withQueryParam("accountType", equalTo("UNIFIED")));
	}

	@Test
	void anAnswerThatIsNotJsonIsMalformed() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson("{\"retCode\":0,\"result\":{\"list\":[")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void anOrderWithAFieldMissingIsMalformed() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME))
			.willReturn(okJson(Recorded.read("http_get_orders_realtime.json").replace("\"qty\": \"0.010\",", ""))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex.failure().message()).contains("qty");
			});
	}

}
