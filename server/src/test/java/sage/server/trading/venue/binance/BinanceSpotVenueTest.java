package sage.server.trading.venue.binance;

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

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.server.trading.venue.binance.StandIn.ACCOUNT;
import static sage.server.trading.venue.binance.StandIn.CREDENTIALS;
import static sage.server.trading.venue.binance.StandIn.MY_TRADES;
import static sage.server.trading.venue.binance.StandIn.OPEN_ORDERS;
import static sage.server.trading.venue.binance.StandIn.ORDER;
import static sage.server.trading.venue.binance.StandIn.QUICK;
import static sage.server.trading.venue.binance.StandIn.START;
import static sage.server.trading.venue.binance.StandIn.error;

/**
 * Binance spot orders, trades and balances against WireMock answering with Binance's
 * recorded payloads: what is sent, and how the answers read.
 */
class BinanceSpotVenueTest {

	@RegisterExtension
	static final WireMockExtension BINANCE = StandIn.binance();

	private final ManualClock clock = new ManualClock(START);

	private BinanceSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BINANCE, this.clock, QUICK);
	}

	@Test
	void placesAMarketOrderAndReadsTheFillsItMadeAtOnce() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("new_order_full_response.json"))));
		SubmitResult result = this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.SELL,
				new BigDecimal("10.00000000"), "6gCrw2kRUAF9CvJDGP16IP"));
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, (accepted) -> {
			assertThat(accepted.order()).isEqualTo(new VenueOrder("6gCrw2kRUAF9CvJDGP16IP", "28", "BTCUSDT", Side.SELL,
					VenueOrderStatus.FILLED, new BigDecimal("10.00000000"), new BigDecimal("10.00000000"), null,
					Instant.ofEpochMilli(1507725176595L)));
			assertThat(accepted.fills()).hasSize(5);
			assertThat(accepted.fills().get(1)).isEqualTo(new VenueFill("57", "28", "BTCUSDT", Side.SELL,
					new BigDecimal("3999.00000000"), new BigDecimal("5.00000000"), new BigDecimal("19.99500000"),
					"USDT", Instant.ofEpochMilli(1507725176595L)));
			assertThat(accepted.fills().stream().map(VenueFill::quantity).reduce(BigDecimal.ZERO, BigDecimal::add))
				.isEqualByComparingTo("10");
		});
		BINANCE.verify(1,
				postRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("symbol", equalTo("BTCUSDT"))
					.withQueryParam("side", equalTo("SELL"))
					.withQueryParam("type", equalTo("MARKET"))
					.withQueryParam("quantity", equalTo("10.00000000"))
					.withQueryParam("timeInForce", absent())
					.withQueryParam("price", absent())
					.withQueryParam("newClientOrderId", equalTo("6gCrw2kRUAF9CvJDGP16IP"))
					.withQueryParam("newOrderRespType", equalTo("FULL"))
					.withQueryParam("recvWindow", equalTo("5000"))
					.withQueryParam("timestamp", equalTo(String.valueOf(START.toEpochMilli())))
					.withHeader("X-MBX-APIKEY", equalTo(CREDENTIALS.apiKey())));
	}

	@Test
	void writesPricesAndQuantitiesExactlyAsGivenNeverInScientificNotation() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("order_response.json"))));
		VenueOrderRequest request = new VenueOrderRequest("LTCBTC", Side.BUY, OrderType.STOP_LOSS_LIMIT,
				new BigDecimal("0.00100000"), new BigDecimal("1E+3"), new BigDecimal("0.000000012"), TimeInForce.IOC,
				"myOrder1");
		assertThat(this.venue.submit(request)).isInstanceOf(SubmitResult.Accepted.class);
		BINANCE.verify(postRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("type", equalTo("STOP_LOSS_LIMIT"))
			.withQueryParam("quantity", equalTo("0.00100000"))
			.withQueryParam("price", equalTo("1000"))
			.withQueryParam("stopPrice", equalTo("0.000000012"))
			.withQueryParam("timeInForce", equalTo("IOC")));
	}

	@Test
	void signsTheQueryStringAsSentWithTheSecret() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("order_response.json"))));
		this.venue.submit(VenueOrderRequest.limit("LTCBTC", Side.BUY, new BigDecimal("1.0"), new BigDecimal("0.1"),
				TimeInForce.GTC, "myOrder1"));
		LoggedRequest sent = BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER))).get(0);
		String query = sent.getUrl().substring(sent.getUrl().indexOf('?') + 1);
		int signature = query.indexOf("&signature=");
		assertThat(signature).isPositive();
		assertThat(query.substring(signature + "&signature=".length()))
			.isEqualTo(BinanceHttp.signature(query.substring(0, signature), CREDENTIALS.secret()))
			.hasSize(64);
		assertThat(sent.getUrl()).doesNotContain(CREDENTIALS.secret());
	}

	@Test
	void findsAnOrderByItsClientOrderId() {
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("order_response.json"))));
		assertThat(this.venue.findByClientOrderId("LTCBTC", "myOrder1"))
			.contains(new VenueOrder("myOrder1", "1", "LTCBTC", Side.BUY, VenueOrderStatus.NEW, new BigDecimal("1.0"),
					new BigDecimal("0.0"), new BigDecimal("0.1"), Instant.ofEpochMilli(1499827319559L)));
		BINANCE.verify(1, getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("symbol", equalTo("LTCBTC"))
			.withQueryParam("origClientOrderId", equalTo("myOrder1")));
	}

	@Test
	void cancelAnswersTheOrderUnderItsOwnClientOrderId() {
		BINANCE.stubFor(delete(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("cancel_order_response.json"))));
		VenueOrder canceled = this.venue.cancel("LTCBTC", "myOrder1");
		// the recorded answer's clientOrderId ("cancelMyOrder1") is the cancel request's
		assertThat(canceled).isEqualTo(new VenueOrder("myOrder1", "4", "LTCBTC", Side.BUY, VenueOrderStatus.CANCELED,
				new BigDecimal("1.00000000"), new BigDecimal("0.00000000"), new BigDecimal("2.00000000"),
				Instant.ofEpochMilli(1684804350068L)));
		assertThat(canceled.remainingQuantity()).isEqualByComparingTo("0");
		BINANCE.verify(1,
				deleteRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo("myOrder1")));
	}

	@Test
	void cancelOfAnOrderBinanceDoesNotKnowIsUnknownOrder() {
		BINANCE.stubFor(delete(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(400).withBody(error(-2011, "Unknown order sent."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("LTCBTC", "myOrder1"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_ORDER);
				assertThat(ex.failure().venueCode()).isEqualTo("-2011");
			});
	}

	@Test
	void cancelWithoutAClearAnswerIsUnavailableAndNotSentAgain() {
		BINANCE.stubFor(delete(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("LTCBTC", "myOrder1"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE));
		BINANCE.verify(1, deleteRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void readsOpenOrders() {
		BINANCE
			.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(okJson(Recorded.read("open_orders_response.json"))));
		List<VenueOrder> open = this.venue.openOrders("LTCBTC");
		assertThat(open).singleElement().satisfies((order) -> {
			assertThat(order.clientOrderId()).isEqualTo("myOrder1");
			assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW);
			assertThat(order.price()).isEqualTo(new BigDecimal("0.1"));
			assertThat(order.remainingQuantity()).isEqualByComparingTo("1");
		});
		BINANCE.verify(getRequestedFor(urlPathEqualTo(OPEN_ORDERS)).withQueryParam("symbol", equalTo("LTCBTC")));
	}

	@Test
	void readsTheMostRecentFillsWhenNotToldSinceWhen() {
		BINANCE
			.stubFor(get(urlPathEqualTo(MY_TRADES)).willReturn(okJson(Recorded.read("account_trades_response.json"))));
		assertThat(this.venue.fills("BNBBTC", null)).containsExactly(new VenueFill("28457", "100234", "BNBBTC",
				Side.BUY, new BigDecimal("4.00000100"), new BigDecimal("12.00000000"), new BigDecimal("10.10000000"),
				"BNB", Instant.ofEpochMilli(1499865549590L)));
		BINANCE.verify(1,
				getRequestedFor(urlPathEqualTo(MY_TRADES)).withQueryParam("symbol", equalTo("BNBBTC"))
					.withQueryParam("startTime", absent())
					.withQueryParam("limit", equalTo("1000")));
	}

	@Test
	void readsFillsSinceATimeADayAtATimeUpToNow() {
		// Binance answers trades for ranges of at most 24 hours
		Instant since = START.minus(Duration.ofHours(30));
		Instant dayLater = since.plus(Duration.ofDays(1));
		BINANCE.stubFor(get(urlPathEqualTo(MY_TRADES)).withQueryParam("startTime", equalTo(millis(since)))
			.willReturn(okJson(Recorded.read("account_trades_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(MY_TRADES)).withQueryParam("startTime", equalTo(millis(dayLater)))
			.willReturn(okJson("[]")));
		assertThat(this.venue.fills("BNBBTC", since)).extracting(VenueFill::venueTradeId).containsExactly("28457");
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo(MY_TRADES)));
		BINANCE.verify(getRequestedFor(urlPathEqualTo(MY_TRADES)).withQueryParam("startTime", equalTo(millis(since)))
			.withQueryParam("endTime", equalTo(millis(dayLater.minusMillis(1)))));
		BINANCE.verify(getRequestedFor(urlPathEqualTo(MY_TRADES)).withQueryParam("startTime", equalTo(millis(dayLater)))
			.withQueryParam("endTime", equalTo(millis(START))));
	}

	@Test
	void readsTheRestOfABusyDayByTradeIdUpToTheNewest() {
		// a full page of 1000 derived from the recorded trade by changing only its id;
		// the
		// page after it is the recorded payload
		String recorded = Recorded.read("account_trades_response.json");
		String trade = recorded.substring(recorded.indexOf('{'), recorded.lastIndexOf('}') + 1);
		StringBuilder page = new StringBuilder("[");
		for (int i = 0; i < BinanceSpotVenue.TRADES_PER_PAGE; i++) {
			page.append((i > 0) ? "," : "").append(trade.replace("\"id\": 28457", "\"id\": " + (1000 + i)));
		}
		page.append("]");
		BINANCE.stubFor(
				get(urlPathEqualTo(MY_TRADES)).withQueryParam("fromId", absent()).willReturn(okJson(page.toString())));
		BINANCE.stubFor(
				get(urlPathEqualTo(MY_TRADES)).withQueryParam("fromId", equalTo("2000")).willReturn(okJson(recorded)));
		List<VenueFill> fills = this.venue.fills("BNBBTC", START.minus(Duration.ofHours(1)));
		assertThat(fills).hasSize(1001);
		assertThat(fills.get(0).venueTradeId()).isEqualTo("1000");
		assertThat(fills.get(1000).venueTradeId()).isEqualTo("28457");
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo(MY_TRADES)));
		BINANCE.verify(getRequestedFor(urlPathEqualTo(MY_TRADES)).withQueryParam("fromId", equalTo("2000"))
			.withQueryParam("startTime", absent())
			.withQueryParam("endTime", absent()));
	}

	@Test
	void refusesToWalkFurtherBackThanItsFillHistory() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.venue.fills("BNBBTC", START.minus(BinanceSpotVenue.FILL_HISTORY).minusSeconds(1)));
		assertThat(BINANCE.getAllServeEvents()).isEmpty();
	}

	@Test
	void readsBalancesAsFreePlusLocked() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson(Recorded.read("account_response.json"))));
		assertThat(this.venue.balances())
			.isEqualTo(Map.of("BTC", new BigDecimal("4723846.89208129"), "LTC", new BigDecimal("4763368.68006011")));
	}

	@Test
	void addsLockedToFreeAndLeavesEmptyAssetsOut() {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).willReturn(okJson("""
				{"balances":[{"asset":"BTC","free":"0.50000000","locked":"0.25000000"},
				{"asset":"ETH","free":"0.00000000","locked":"0.00000000"}]}""")));
		assertThat(this.venue.balances()).containsExactly(Map.entry("BTC", new BigDecimal("0.75000000")));
	}

	@Test
	void anAnswerThatIsNotJsonIsMalformedNotACrash() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(okJson("<html>gateway</html>")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void anOrderWithAFieldMissingIsMalformed() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS))
			.willReturn(okJson(Recorded.read("open_orders_response.json").replace("\"origQty\": \"1.0\",", ""))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex.failure().message()).contains("origQty");
			});
	}

	@Test
	void aClientOrderIdBinanceCannotTakeIsRejectedWithoutARequest() {
		SubmitResult result = this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, BigDecimal.ONE,
				"no spaces allowed, and far too long for Binance"));
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.FILTER_FAILURE));
		assertThat(BINANCE.getAllServeEvents()).isEmpty();
	}

	private static String millis(Instant instant) {
		return String.valueOf(instant.toEpochMilli());
	}

}
