package sage.server.trading.venue.okx;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
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
import static sage.server.trading.venue.okx.StandIn.CANCEL;
import static sage.server.trading.venue.okx.StandIn.CREDENTIALS;
import static sage.server.trading.venue.okx.StandIn.FILLS;
import static sage.server.trading.venue.okx.StandIn.FILLS_HISTORY;
import static sage.server.trading.venue.okx.StandIn.ORDER;
import static sage.server.trading.venue.okx.StandIn.PENDING;
import static sage.server.trading.venue.okx.StandIn.QUICK;
import static sage.server.trading.venue.okx.StandIn.START;
import static sage.server.trading.venue.okx.StandIn.refusedOrder;

/**
 * OKX spot orders and trades against WireMock answering with OKX's recorded payloads:
 * what is sent, how it is signed, and how the answers read.
 */
class OkxSpotVenueTest {

	@RegisterExtension
	static final WireMockExtension OKX = StandIn.okx();

	private final ManualClock clock = new ManualClock(START);

	private OkxSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(OKX, this.clock, QUICK);
	}

	@Test
	void placesAMarketBuySizedInTheBaseAssetAndSignsItsBody() {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		SubmitResult result = this.venue
			.submit(VenueOrderRequest.market("BTC-USDT", Side.BUY, new BigDecimal("0.00100000"), "oktswap6"));
		// OKX's answer says only that it took the order: it is reported as asked for
		assertThat(result).isInstanceOfSatisfying(SubmitResult.Accepted.class, (accepted) -> {
			assertThat(accepted.order())
				.isEqualTo(new VenueOrder("oktswap6", "312269865356374016", "BTC-USDT", Side.BUY, VenueOrderStatus.NEW,
						new BigDecimal("0.00100000"), BigDecimal.ZERO, null, Instant.ofEpochMilli(1695190491421L)));
			assertThat(accepted.fills()).isEmpty();
		});
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER))
			.withRequestBody(equalToJson("{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"oktswap6\","
					+ "\"side\":\"buy\",\"ordType\":\"market\",\"sz\":\"0.00100000\",\"tgtCcy\":\"base_ccy\"}"))
			.withHeader("Content-Type", equalTo("application/json"))
			.withHeader("OK-ACCESS-KEY", equalTo(CREDENTIALS.apiKey()))
			.withHeader("OK-ACCESS-PASSPHRASE", equalTo(CREDENTIALS.passphrase()))
			.withHeader("OK-ACCESS-TIMESTAMP", equalTo("2026-12-05T12:00:00.000Z")));
		LoggedRequest sent = OKX.findAll(postRequestedFor(urlPathEqualTo(ORDER))).get(0);
		assertThat(sent.getHeader("OK-ACCESS-SIGN")).isEqualTo(recomputedSignature(sent)).hasSize(44);
	}

	@Test
	void placesLimitOrdersWithTheirPriceAndTimeInForceAsOkxOrderTypes() {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		this.venue.submit(VenueOrderRequest.limit("BTC-USDT", Side.SELL, new BigDecimal("0.5"), new BigDecimal("1E+5"),
				TimeInForce.GTC, "oktswap6"));
		this.venue.submit(VenueOrderRequest.limit("BTC-USDT", Side.BUY, new BigDecimal("0.5"),
				new BigDecimal("59200.1"), TimeInForce.IOC, "oktswap6"));
		this.venue.submit(new VenueOrderRequest("BTC-USDT", Side.BUY, OrderType.LIMIT_MAKER, new BigDecimal("0.5"),
				new BigDecimal("59200.1"), null, TimeInForce.GTC, "oktswap6"));
		List<LoggedRequest> sent = OKX.findAll(postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(sent).extracting(LoggedRequest::getBodyAsString)
			.containsExactly(
					"{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"oktswap6\",\"side\":\"sell\","
							+ "\"ordType\":\"limit\",\"sz\":\"0.5\",\"px\":\"100000\"}",
					"{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"oktswap6\",\"side\":\"buy\","
							+ "\"ordType\":\"ioc\",\"sz\":\"0.5\",\"px\":\"59200.1\"}",
					"{\"instId\":\"BTC-USDT\",\"tdMode\":\"cash\",\"clOrdId\":\"oktswap6\",\"side\":\"buy\","
							+ "\"ordType\":\"post_only\",\"sz\":\"0.5\",\"px\":\"59200.1\"}");
		assertThat(sent).allSatisfy(
				(request) -> assertThat(request.getHeader("OK-ACCESS-SIGN")).isEqualTo(recomputedSignature(request)));
	}

	@Test
	void refusesLocallyWhatOkxWouldNotTakeWithoutSendingIt() {
		assertThat(this.venue.submit(VenueOrderRequest.market("BTC-USDT", Side.BUY, BigDecimal.ONE, "sage-1")))
			.isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
				assertThat(rejected.failure().kind()).isEqualTo(Kind.FILTER_FAILURE);
				assertThat(rejected.failure().message()).contains("letters and digits");
			});
		assertThat(this.venue.submit(VenueOrderRequest.market("BTC-USDT", Side.BUY, BigDecimal.ONE, "a".repeat(33))))
			.isInstanceOf(SubmitResult.Rejected.class);
		assertThat(this.venue.submit(new VenueOrderRequest("BTC-USDT", Side.SELL, OrderType.STOP_LOSS, BigDecimal.ONE,
				null, new BigDecimal("50000"), TimeInForce.GTC, "sage1")))
			.isInstanceOfSatisfying(SubmitResult.Rejected.class,
					(rejected) -> assertThat(rejected.failure().message()).contains("algo orders"));
		OKX.verify(0, anyRequestedFor(anyUrl()));
	}

	@Test
	void findsAnOrderByItsClientOrderIdWithASignedQuery() {
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("GetOrders.txt"))));
		assertThat(this.venue.findByClientOrderId("BTC-USDT", "oktswap6")).contains(new VenueOrder("",
				"301835739059335168", "BTC-USDT", Side.BUY, VenueOrderStatus.NEW, new BigDecimal("1"),
				new BigDecimal("0"), new BigDecimal("59200"), Instant.ofEpochMilli(1618235248028L)));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("instId", equalTo("BTC-USDT"))
			.withQueryParam("clOrdId", equalTo("oktswap6")));
		LoggedRequest sent = OKX.findAll(getRequestedFor(urlPathEqualTo(ORDER))).get(0);
		assertThat(sent.getUrl()).isEqualTo(ORDER + "?instId=BTC-USDT&clOrdId=oktswap6");
		assertThat(sent.getHeader("OK-ACCESS-SIGN")).isEqualTo(recomputedSignature(sent));
	}

	@Test
	void findsAnOrderByOkxsOrderIdAndSizesAQuoteSizedMarketBuyByWhatFilled() {
		// the recorded order: a market buy for 100 USDT (tgtCcy quote_ccy) that bought
		// 0.00192834 BTC
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("GetOrderDetails.txt"))));
		assertThat(this.venue.findByVenueOrderId("BTC-USDT", "680800019749904384")).contains(new VenueOrder("",
				"680800019749904384", "BTC-USDT", Side.BUY, VenueOrderStatus.FILLED, new BigDecimal("0.00192834"),
				new BigDecimal("0.00192834"), null, Instant.ofEpochMilli(1708587373362L)));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("ordId", equalTo("680800019749904384"))
			.withQueryParam("clOrdId", absent()));
	}

	@Test
	void anOrderOkxDoesNotKnowByItsIdIsEmpty() {
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(StandIn.error("51603", "Order does not exist"))));
		assertThat(this.venue.findByVenueOrderId("BTC-USDT", "1")).isEmpty();
		OKX.verify(1, getRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void cancelSendsTheClientOrderIdAndAnswersTheOrderAsOkxThenShowsIt() {
		OKX.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(okJson(Recorded.read("CancelOrder.txt"))));
		// not recorded: the pending order of GetOrders.txt after the cancel, its state
		// changed in the test
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(
				okJson(Recorded.read("GetOrders.txt").replace("\"state\": \"live\"", "\"state\": \"canceled\""))));
		VenueOrder canceled = this.venue.cancel("BTC-USDT", "oktswap6");
		assertThat(canceled.status()).isEqualTo(VenueOrderStatus.CANCELED);
		assertThat(canceled.remainingQuantity()).isEqualByComparingTo("0");
		OKX.verify(1, postRequestedFor(urlPathEqualTo(CANCEL))
			.withRequestBody(equalToJson("{\"instId\":\"BTC-USDT\",\"clOrdId\":\"oktswap6\"}")));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("clOrdId", equalTo("oktswap6")));
	}

	@Test
	void cancelOfAnOrderOkxDoesNotKnowIsUnknownOrder() {
		OKX.stubFor(post(urlPathEqualTo(CANCEL))
			.willReturn(okJson(refusedOrder("oktswap6", "51400", "Cancellation failed as the order does not exist."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("BTC-USDT", "oktswap6"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_ORDER);
				assertThat(ex.failure().venueCode()).isEqualTo("51400");
			});
		OKX.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void cancelWithoutAClearAnswerIsUnavailableAndNotSentAgain() {
		OKX.stubFor(post(urlPathEqualTo(CANCEL)).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.cancel("BTC-USDT", "oktswap6"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE));
		OKX.verify(1, anyRequestedFor(anyUrl()));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "live, NEW", "partially_filled, PARTIALLY_FILLED", "filled, FILLED", "canceled, CANCELED",
			"mmp_canceled, CANCELED" })
	void readsEachOrderStateOkxNames(String state, VenueOrderStatus status) {
		// not recorded: the pending order of GetOrders.txt in each state
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(
				okJson(Recorded.read("GetOrders.txt").replace("\"state\": \"live\"", "\"state\": \"" + state + "\""))));
		assertThat(this.venue.findByVenueOrderId("BTC-USDT", "301835739059335168"))
			.hasValueSatisfying((order) -> assertThat(order.status()).isEqualTo(status));
	}

	@Test
	void anOrderStateOkxHasNotDocumentedIsMalformed() {
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(
				okJson(Recorded.read("GetOrders.txt").replace("\"state\": \"live\"", "\"state\": \"paused\""))));
		assertThatExceptionOfType(VenueException.class)
			.isThrownBy(() -> this.venue.findByVenueOrderId("BTC-USDT", "301835739059335168"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void readsOpenSpotOrders() {
		OKX.stubFor(get(urlPathEqualTo(PENDING)).willReturn(okJson(Recorded.read("GetOrders.txt"))));
		assertThat(this.venue.openOrders("BTC-USDT")).singleElement().satisfies((order) -> {
			assertThat(order.venueOrderId()).isEqualTo("301835739059335168");
			assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW);
			assertThat(order.price()).isEqualTo(new BigDecimal("59200"));
			assertThat(order.remainingQuantity()).isEqualByComparingTo("1");
		});
		OKX.verify(1,
				getRequestedFor(urlPathEqualTo(PENDING)).withQueryParam("instType", equalTo("SPOT"))
					.withQueryParam("instId", equalTo("BTC-USDT"))
					.withQueryParam("limit", equalTo("100")));
	}

	@Test
	void readsTheMostRecentFillsWithTheChargedFeeAsPositive() {
		OKX.stubFor(get(urlPathEqualTo(FILLS)).willReturn(okJson(Recorded.read("GetUserTrades.txt"))));
		assertThat(this.venue.fills("BTC-USDT", null)).containsExactly(new VenueFill("744876980", "680800019749904384",
				"BTC-USDT", Side.BUY, new BigDecimal("51858"), new BigDecimal("0.00192834"),
				new BigDecimal("0.00000192834"), "BTC", Instant.ofEpochMilli(1708587373361L)));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(FILLS)).withQueryParam("begin", absent()));
	}

	@Test
	void readsFillsOlderThanThreeDaysFromTheHistory() {
		Instant since = START.minus(Duration.ofDays(10));
		OKX.stubFor(get(urlPathEqualTo(FILLS_HISTORY)).willReturn(okJson(Recorded.read("GetUserTradesArchive.txt"))));
		assertThat(this.venue.fills("BTC-USDT", since)).singleElement()
			.satisfies((fill) -> assertThat(fill.venueTradeId()).isEqualTo("744876980"));
		OKX.verify(1,
				getRequestedFor(urlPathEqualTo(FILLS_HISTORY)).withQueryParam("instType", equalTo("SPOT"))
					.withQueryParam("begin", equalTo(String.valueOf(since.toEpochMilli())))
					.withQueryParam("after", absent()));
		OKX.verify(0, getRequestedFor(urlPathEqualTo(FILLS)));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.venue.fills("BTC-USDT", START.minus(Duration.ofDays(91))));
	}

	@Test
	void readsAFullPageOfFillsOnByBillIdAndAnswersThemOldestFirst() {
		// a full page of 100 trades built from the recorded one, newest first as OKX
		// sends them; trade and bill ids 1100 down to 1001
		String recorded = Recorded.read("GetUserTrades.txt");
		int open = recorded.indexOf('{', recorded.indexOf("\"data\""));
		int close = recorded.indexOf('}', open) + 1;
		String trade = recorded.substring(open, close);
		StringBuilder page = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
		for (int id = 1100; id > 1000; id--) {
			page.append((id < 1100) ? "," : "")
				.append(trade.replace("744876980", String.valueOf(id))
					.replace("680800019754098688", String.valueOf(id)));
		}
		page.append("]}");
		Instant since = START.minus(Duration.ofDays(1));
		OKX.stubFor(get(urlPathEqualTo(FILLS)).withQueryParam("after", absent()).willReturn(okJson(page.toString())));
		OKX.stubFor(get(urlPathEqualTo(FILLS)).withQueryParam("after", equalTo("1001"))
			.willReturn(okJson(Recorded.read("GetUserTrades.txt"))));
		// a patient venue: a cold WireMock may take a second over a page this size, and
		// a timeout would be retried, which is not what this test is about
		OkxSpotVenue patient = StandIn.venue(OKX, this.clock, new OkxLimits(Duration.ofSeconds(10), 1,
				QUICK.firstRetry(), QUICK.longestRetry(), QUICK.lookupAttempts(), QUICK.rateLimitWithoutRetryAfter()));
		List<VenueFill> fills = patient.fills("BTC-USDT", since);
		assertThat(fills).hasSize(101);
		assertThat(fills.get(0).venueTradeId()).isEqualTo("744876980");
		assertThat(fills.get(1).venueTradeId()).isEqualTo("1001");
		assertThat(fills.get(100).venueTradeId()).isEqualTo("1100");
		OKX.verify(2, getRequestedFor(urlPathEqualTo(FILLS)).withQueryParam("begin",
				equalTo(String.valueOf(since.toEpochMilli()))));
	}

	@Test
	void anAnswerThatIsNotJsonIsMalformed() {
		OKX.stubFor(get(urlPathEqualTo(PENDING)).willReturn(okJson("{\"code\":\"0\",\"data\":[{\"ordId\":")));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
		OKX.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void anOrderWithAFieldMissingIsMalformed() {
		OKX.stubFor(get(urlPathEqualTo(PENDING))
			.willReturn(okJson(Recorded.read("GetOrders.txt").replace("\"sz\": \"1\",", ""))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex.failure().message()).contains("'sz'");
			});
	}

	@Test
	void credentialsWithoutAPassphraseAreRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OkxSpotVenue(OkxSpotVenue.API,
					new VenueCredentials(CREDENTIALS.apiKey(), CREDENTIALS.secret()), this.clock, QUICK,
					HttpClient.newHttpClient()))
			.withMessageContaining("passphrase");
		assertThat(this.venue.name()).isEqualTo("okx");
	}

	/**
	 * OKX's signature of a request as WireMock recorded it, computed here from its
	 * timestamp header, method, path with query, and body.
	 */
	static String recomputedSignature(LoggedRequest request) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(CREDENTIALS.secret().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			String prehash = request.getHeader("OK-ACCESS-TIMESTAMP") + request.getMethod().value() + request.getUrl()
					+ request.getBodyAsString();
			return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
