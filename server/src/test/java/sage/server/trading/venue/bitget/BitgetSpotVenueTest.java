package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.OrderType;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueCredentials;
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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static sage.server.trading.venue.bitget.StandIn.CANCEL;
import static sage.server.trading.venue.bitget.StandIn.CREDENTIALS;
import static sage.server.trading.venue.bitget.StandIn.FILLS;
import static sage.server.trading.venue.bitget.StandIn.ORDER_INFO;
import static sage.server.trading.venue.bitget.StandIn.PLACE;
import static sage.server.trading.venue.bitget.StandIn.QUICK;
import static sage.server.trading.venue.bitget.StandIn.START;
import static sage.server.trading.venue.bitget.StandIn.UNFILLED;
import static sage.server.trading.venue.bitget.StandIn.error;

/**
 * Bitget spot orders and trades against WireMock answering with Bitget's recorded
 * payloads: what is sent, how it is signed, and how the answers read.
 */
class BitgetSpotVenueTest {

	@RegisterExtension
	static final WireMockExtension BITGET = StandIn.bitget();

	/** The working order recorded in GetOpenOrders.txt. */
	private static final String OPEN = Recorded.read("GetOpenOrders.txt");

	private final ManualClock clock = new ManualClock(START);

	private BitgetSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BITGET, this.clock, QUICK);
	}

	@Test
	void placesALimitOrderAndSignsItsBody() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		SubmitResult result = this.venue.submit(VenueOrderRequest.limit("BTCUSDT", Side.BUY,
				new BigDecimal("0.00100000"), new BigDecimal("34829.12"), TimeInForce.GTC, "121211212122"));
		// Bitget's answer says only that it took the order: it is reported as asked for,
		// at the answer's requestTime
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, (accepted) -> {
			assertThat(accepted.order()).isEqualTo(new VenueOrder("121211212122", "1001", "BTCUSDT", Side.BUY,
					VenueOrderStatus.NEW, new BigDecimal("0.00100000"), BigDecimal.ZERO, new BigDecimal("34829.12"),
					Instant.ofEpochMilli(1695808949356L)));
			assertThat(accepted.fills()).isEmpty();
		});
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(PLACE))
			.withRequestBody(equalToJson("{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\","
					+ "\"force\":\"gtc\",\"price\":\"34829.12\",\"size\":\"0.00100000\",\"clientOid\":\"121211212122\"}"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("locale", equalTo("en-US"))
			.withHeader("ACCESS-KEY", equalTo(CREDENTIALS.apiKey()))
			.withHeader("ACCESS-PASSPHRASE", equalTo(CREDENTIALS.passphrase()))
			.withHeader("ACCESS-TIMESTAMP", equalTo(String.valueOf(START.toEpochMilli()))));
		LoggedRequest sent = BITGET.findAll(postRequestedFor(urlPathEqualTo(PLACE))).get(0);
		assertThat(sent.getHeader("ACCESS-SIGN")).isEqualTo(recomputedSignature(sent)).hasSize(44);
	}

	@Test
	void placesIocPostOnlyAndMarketSellOrdersAsBitgetNamesThem() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		this.venue.submit(VenueOrderRequest.limit("BTCUSDT", Side.SELL, new BigDecimal("0.5"), new BigDecimal("1E+5"),
				TimeInForce.IOC, "121211212122"));
		this.venue.submit(new VenueOrderRequest("BTCUSDT", Side.BUY, OrderType.LIMIT_MAKER, new BigDecimal("0.5"),
				new BigDecimal("59200.1"), null, TimeInForce.GTC, "121211212122"));
		assertThat(this.venue
			.submit(VenueOrderRequest.market("BTCUSDT", Side.SELL, new BigDecimal("0.0007"), "121211212122")))
			.isInstanceOf(SubmitResult.Accepted.class);
		List<LoggedRequest> sent = BITGET.findAll(postRequestedFor(urlPathEqualTo(PLACE)));
		assertThat(sent).extracting(LoggedRequest::getBodyAsString)
			.containsExactly(
					"{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"limit\",\"force\":\"ioc\","
							+ "\"price\":\"100000\",\"size\":\"0.5\",\"clientOid\":\"121211212122\"}",
					"{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"post_only\","
							+ "\"price\":\"59200.1\",\"size\":\"0.5\",\"clientOid\":\"121211212122\"}",
					"{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"market\",\"force\":\"gtc\","
							+ "\"size\":\"0.0007\",\"clientOid\":\"121211212122\"}");
		assertThat(sent).allSatisfy(
				(request) -> assertThat(request.getHeader("ACCESS-SIGN")).isEqualTo(recomputedSignature(request)));
	}

	@Test
	void refusesLocallyWhatBitgetWouldNotTakeAsSageMeansItWithoutSendingIt() {
		// a market buy: Bitget would read the base quantity as an amount of USDT
		assertThat(this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.BUY, BigDecimal.ONE, "sage-1")))
			.isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
				assertThat(rejected.failure().kind()).isEqualTo(Kind.FILTER_FAILURE);
				assertThat(rejected.failure().message()).contains("quote currency");
			});
		assertThat(this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.SELL, BigDecimal.ONE, "sage.1")))
			.isInstanceOfSatisfying(SubmitResult.Rejected.class,
					(rejected) -> assertThat(rejected.failure().message()).contains("letters, digits"));
		assertThat(this.venue.submit(VenueOrderRequest.market("BTCUSDT", Side.SELL, BigDecimal.ONE, "a".repeat(41))))
			.isInstanceOf(SubmitResult.Rejected.class);
		assertThat(this.venue.submit(new VenueOrderRequest("BTCUSDT", Side.SELL, OrderType.STOP_LOSS, BigDecimal.ONE,
				null, new BigDecimal("50000"), TimeInForce.GTC, "sage1")))
			.isInstanceOfSatisfying(SubmitResult.Rejected.class,
					(rejected) -> assertThat(rejected.failure().message()).contains("plan orders"));
		BITGET.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void findsAnOrderByItsClientOrderIdWithASignedQuery() {
		// not recorded: orderInfo's answer for a working limit order, taken from the
		// recorded list of working orders (the same fields; that list names the limit
		// price priceAvg, and its cTime is in seconds in the recording)
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).willReturn(okJson(OPEN)));
		assertThat(this.venue.findByClientOrderId("BTCUSDT", "xxxxxxx")).contains(
				new VenueOrder("xxxxxxx", "2222222", "BTCUSDT", Side.BUY, VenueOrderStatus.NEW, new BigDecimal("1"),
						new BigDecimal("0"), new BigDecimal("34829.12"), Instant.ofEpochMilli(1622697148L)));
		LoggedRequest sent = BITGET.findAll(getRequestedFor(urlPathEqualTo(ORDER_INFO))).get(0);
		assertThat(sent.getUrl()).isEqualTo(ORDER_INFO + "?clientOid=xxxxxxx");
		assertThat(sent.getHeader("ACCESS-SIGN")).isEqualTo(recomputedSignature(sent));
		assertThat(sent.getBodyAsString()).isEmpty();
	}

	@Test
	void findsAnOrderByBitgetsOrderIdAndSizesAQuoteSizedMarketBuyByWhatFilled() {
		// the recorded order: a market buy for 10 USDT that bought 142.9015 TRX
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).willReturn(okJson(Recorded.read("GetOrder.txt"))));
		assertThat(this.venue.findByVenueOrderId("TRXUSDT", "121211212122")).contains(new VenueOrder("1-2-1-2-1",
				"121211212122", "TRXUSDT", Side.BUY, VenueOrderStatus.FILLED, new BigDecimal("142.9015000000000000"),
				new BigDecimal("142.9015000000000000"), null, Instant.ofEpochMilli(1690196141868L)));
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(ORDER_INFO)).withQueryParam("orderId", equalTo("121211212122"))
			.withQueryParam("clientOid", absent()));
	}

	@Test
	void anOrderBitgetDoesNotKnowByItsIdIsEmpty() {
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO))
			.willReturn(aResponse().withStatus(400).withBody(error("43001", "The order does not exist"))));
		assertThat(this.venue.findByVenueOrderId("BTCUSDT", "1")).isEmpty();
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).willReturn(okJson(StandIn.noOrder())));
		assertThat(this.venue.findByVenueOrderId("BTCUSDT", "1")).isEmpty();
		BITGET.verify(2, getRequestedFor(urlPathEqualTo(ORDER_INFO)));
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "live, NEW", "new, NEW", "partially_filled, PARTIALLY_FILLED", "filled, FILLED",
			"cancelled, CANCELED" })
	void readsEachOfBitgetsOrderStates(String status, VenueOrderStatus expected) {
		// not recorded: the working order with its status changed
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO))
			.willReturn(okJson(OPEN.replace("\"status\": \"new\"", "\"status\": \"" + status + "\""))));
		assertThat(this.venue.findByVenueOrderId("BTCUSDT", "2222222"))
			.hasValueSatisfying((order) -> assertThat(order.status()).isEqualTo(expected));
	}

	@Test
	void anOrderStateBitgetDoesNotDocumentIsMalformed() {
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO))
			.willReturn(okJson(OPEN.replace("\"status\": \"new\"", "\"status\": \"paused\""))));
		assertThatExceptionOfType(VenueException.class)
			.isThrownBy(() -> this.venue.findByVenueOrderId("BTCUSDT", "2222222"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void cancelSendsTheClientOrderIdAndAnswersTheOrderAsBitgetThenShowsIt() {
		BITGET.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(okJson(Recorded.read("CancelOrder.txt"))));
		// not recorded: the working order after the cancel, its status changed
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO))
			.willReturn(okJson(OPEN.replace("\"status\": \"new\"", "\"status\": \"cancelled\""))));
		VenueOrder canceled = this.venue.cancel("BTCUSDT", "xxxxxxx");
		assertThat(canceled.status()).isEqualTo(VenueOrderStatus.CANCELED);
		assertThat(canceled.remainingQuantity()).isEqualByComparingTo("0");
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(CANCEL))
			.withRequestBody(equalToJson("{\"symbol\":\"BTCUSDT\",\"clientOid\":\"xxxxxxx\"}")));
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(ORDER_INFO)).withQueryParam("clientOid", equalTo("xxxxxxx")));
		LoggedRequest sent = BITGET.findAll(postRequestedFor(urlPathEqualTo(CANCEL))).get(0);
		assertThat(sent.getHeader("ACCESS-SIGN")).isEqualTo(recomputedSignature(sent));
	}

	@Test
	void cancelOfAnOrderBitgetDoesNotKnowIsUnknownOrder() {
		BITGET.stubFor(post(urlPathEqualTo(CANCEL))
			.willReturn(aResponse().withStatus(400).withBody(error("43001", "The order does not exist"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("BTCUSDT", "xxxxxxx"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_ORDER);
				assertThat(ex.failure().venueCode()).isEqualTo("43001");
			});
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
		BITGET.verify(0, getRequestedFor(urlPathEqualTo(ORDER_INFO)));
	}

	@Test
	void aCancelWithoutAClearAnswerIsUnavailableAndNotSentAgain() {
		BITGET.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("BTCUSDT", "xxxxxxx"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE));
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(CANCEL)));
	}

	@Test
	void readsTheWorkingOrdersOfASymbol() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).willReturn(okJson(OPEN)));
		assertThat(this.venue.openOrders("BTCUSDT")).singleElement().satisfies((order) -> {
			assertThat(order.venueOrderId()).isEqualTo("2222222");
			assertThat(order.symbol()).isEqualTo("BTCUSDT");
			assertThat(order.price()).isEqualByComparingTo("34829.12");
			assertThat(order.remainingQuantity()).isEqualByComparingTo("1");
		});
		BITGET.verify(1,
				getRequestedFor(urlPathEqualTo(UNFILLED)).withQueryParam("symbol", equalTo("BTCUSDT"))
					.withQueryParam("limit", equalTo("100"))
					.withQueryParam("idLessThan", absent()));
	}

	@Test
	void readsRecentTradesWithTheirFeeCharged() {
		BITGET.stubFor(get(urlPathEqualTo(FILLS)).willReturn(okJson(Recorded.read("GetUserTrades.txt"))));
		assertThat(this.venue.fills("BTCUSDT", null)).containsExactly(new VenueFill("12345678910", "12345678910",
				"BTCUSDT", Side.BUY, new BigDecimal("13000"), new BigDecimal("0.0007"), new BigDecimal("0.0000007"),
				"BTC", Instant.ofEpochMilli(1695865232579L)));
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(FILLS)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.withQueryParam("startTime", absent()));
	}

	@Test
	void readsTradesSinceATimePageByPageOldestFirst() {
		Instant since = START.minus(Duration.ofDays(30));
		// not recorded: a full page of 100 trades built from the recorded one, newest
		// first, trade ids 1100 down to 1001
		String recorded = Recorded.read("GetUserTrades.txt");
		int from = recorded.indexOf("    {");
		int to = recorded.lastIndexOf('}', recorded.lastIndexOf(']')) + 1;
		String trade = recorded.substring(from, to);
		List<String> trades = new ArrayList<>();
		for (int id = 1100; id > 1000; id--) {
			trades.add(trade.replace("\"tradeId\": \"12345678910\"", "\"tradeId\": \"" + id + "\""));
		}
		String full = recorded.substring(0, from) + String.join(",", trades) + recorded.substring(to);
		BITGET.stubFor(get(urlPathEqualTo(FILLS)).withQueryParam("idLessThan", absent()).willReturn(okJson(full)));
		BITGET.stubFor(
				get(urlPathEqualTo(FILLS)).withQueryParam("idLessThan", equalTo("1001")).willReturn(okJson(recorded)));
		// a patient venue: a cold WireMock may take a second over a page this size, and
		// a timeout would be retried, which is not what this test is about
		BitgetSpotVenue patient = StandIn.venue(BITGET, this.clock, new BitgetLimits(Duration.ofSeconds(10), 1,
				QUICK.firstRetry(), QUICK.longestRetry(), QUICK.lookupAttempts(), QUICK.rateLimitWithoutRetryAfter()));
		List<VenueFill> fills = patient.fills("BTCUSDT", since);
		assertThat(fills).hasSize(101);
		assertThat(fills.get(0).venueTradeId()).isEqualTo("12345678910");
		assertThat(fills.get(1).venueTradeId()).isEqualTo("1001");
		assertThat(fills.get(100).venueTradeId()).isEqualTo("1100");
		BITGET.verify(2,
				getRequestedFor(urlPathEqualTo(FILLS))
					.withQueryParam("startTime", equalTo(String.valueOf(since.toEpochMilli())))
					.withQueryParam("endTime", equalTo(String.valueOf(START.toEpochMilli()))));
	}

	@Test
	void tradesOlderThanBitgetKeepsAreNotAskedFor() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.venue.fills("BTCUSDT", START.minus(Duration.ofDays(91))))
			.withMessageContaining("90 days");
		BITGET.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void anAnswerThatIsNotJsonIsMalformed() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).willReturn(okJson("{\"code\":\"00000\",\"data\":[{\"orderId\":")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
		BITGET.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void anOrderWithAFieldMissingIsMalformed() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).willReturn(okJson(OPEN.replace("\"size\": \"1\",", ""))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex.failure().message()).contains("'size'");
			});
	}

	@Test
	void credentialsWithoutAPassphraseAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new BitgetSpotVenue(BitgetSpotVenue.API,
					new VenueCredentials(CREDENTIALS.apiKey(), CREDENTIALS.secret()), this.clock, QUICK,
					HttpClient.newHttpClient()))
			.withMessageContaining("passphrase");
		assertThat(this.venue.name()).isEqualTo("bitget");
	}

	/**
	 * Bitget's signature of a request as WireMock recorded it, computed here from its
	 * timestamp header, method, path with query, and body.
	 */
	static String recomputedSignature(LoggedRequest request) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CREDENTIALS.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String prehash = request.getHeader("ACCESS-TIMESTAMP") + request.getMethod().value() + request.getUrl()
					+ request.getBodyAsString();
			return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
