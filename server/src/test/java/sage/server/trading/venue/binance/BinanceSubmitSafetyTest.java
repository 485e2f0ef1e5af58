package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueOrderRequest;
import sage.server.trading.venue.VenueOrderStatus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
import static sage.server.trading.venue.binance.StandIn.ACCOUNT;
import static sage.server.trading.venue.binance.StandIn.OPEN_ORDERS;
import static sage.server.trading.venue.binance.StandIn.ORDER;
import static sage.server.trading.venue.binance.StandIn.QUICK;
import static sage.server.trading.venue.binance.StandIn.START;
import static sage.server.trading.venue.binance.StandIn.TIME;
import static sage.server.trading.venue.binance.StandIn.error;

/**
 * An order is never sent twice by accident: a submit without a clear answer is an outcome
 * to look up, only a timestamp refusal is sent again, and reads (which may be asked
 * twice) are retried.
 */
class BinanceSubmitSafetyTest {

	@RegisterExtension
	static final WireMockExtension BINANCE = StandIn.binance();

	/**
	 * The recorded order ({@code order_response.json}) as Sage would have asked for it.
	 */
	private static final VenueOrderRequest MY_ORDER_1 = VenueOrderRequest.limit("LTCBTC", Side.BUY,
			new BigDecimal("1.0"), new BigDecimal("0.1"), TimeInForce.GTC, "myOrder1");

	private final ManualClock clock = new ManualClock(START);

	private BinanceSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BINANCE, this.clock, QUICK);
	}

	/** Answers after which Binance may or may not have acted. */
	static Stream<Arguments> noClearAnswer() {
		return Stream.of(Arguments.of("HTTP 500", aResponse().withStatus(500)), Arguments
			.of("HTTP 503 with Binance's -1007", aResponse().withStatus(503)
				.withBody(error(-1007,
						"Timeout waiting for response from backend server. Send status unknown; execution status unknown."))),
				// longer than QUICK's 400 ms request timeout
				Arguments.of("read timeout", okJson(Recorded.read("order_response.json")).withFixedDelay(1500)),
				Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void submitWithoutAClearAnswerIsAnOutcomeToLookUpAndIsSentOnlyOnce(String what, ResponseDefinitionBuilder answer) {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(answer));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("order_response.json"))));
		SubmitResult result = this.venue.submit(MY_ORDER_1);
		assertThat(result).isInstanceOfSatisfying(SubmitResult.OutcomeUnknown.class,
				(unknown) -> assertThat(unknown.clientOrderId()).isEqualTo("myOrder1"));
		assertThat(this.venue.findByClientOrderId("LTCBTC", result.clientOrderId())).hasValueSatisfying((order) -> {
			assertThat(order.clientOrderId()).isEqualTo("myOrder1");
			assertThat(order.venueOrderId()).isEqualTo("1");
			assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW);
		});
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
		BINANCE.verify(1,
				getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("origClientOrderId", equalTo("myOrder1")));
	}

	@Test
	void submitAcceptedButUnreadableIsAnOutcomeToLookUpNotARejection() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson("{\"symbol\":\"LTCBTC\",")));
		assertThat(this.venue.submit(MY_ORDER_1)).isInstanceOf(SubmitResult.OutcomeUnknown.class);
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderBinanceDoesNotShowYetIsAskedForAgainBeforeItIsBelievedGone() {
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(400).withBody(error(-2013, "Order does not exist.")))
			.willSetStateTo("still not"));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs("still not")
			.willReturn(aResponse().withStatus(400).withBody(error(-2013, "Order does not exist.")))
			.willSetStateTo("there"));
		BINANCE.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs("there")
			.willReturn(okJson(Recorded.read("order_response.json"))));
		assertThat(this.venue.findByClientOrderId("LTCBTC", "myOrder1")).isPresent();
		BINANCE.verify(3, getRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderBinanceKeepsNotKnowingIsEmptyAfterTheConfiguredLookups() {
		BINANCE.stubFor(get(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(400).withBody(error(-2013, "Order does not exist."))));
		assertThat(this.venue.findByClientOrderId("LTCBTC", "myOrder1")).isEmpty();
		BINANCE.verify(QUICK.lookupAttempts(), getRequestedFor(urlPathEqualTo(ORDER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void readsAreRetriedWithBackoffWhenBinanceFailsOrIsSilent(String what, ResponseDefinitionBuilder answer) {
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(answer)
			.willSetStateTo("recovered"));
		BINANCE.stubFor(get(urlPathEqualTo(ACCOUNT)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(Recorded.read("account_response.json"))));
		assertThat(this.venue.balances()).containsKeys("BTC", "LTC");
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo(ACCOUNT)));
	}

	@Test
	void readsGiveUpAsUnavailableAfterTheConfiguredAttempts() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.failure().message()).contains("after 3 attempts");
			});
		BINANCE.verify(QUICK.readAttempts(), getRequestedFor(urlPathEqualTo(OPEN_ORDERS)));
	}

	@Test
	void aRefusedReadIsNotRetried() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(
				aResponse().withStatus(401).withBody(error(-2015, "Invalid API-key, IP, or permissions for action."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
		BINANCE.verify(1, getRequestedFor(urlPathEqualTo(OPEN_ORDERS)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsSentOnceMoreUnderTheSameIdOnBinancesClock() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).inScenario("skew")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(400)
				.withBody(error(-1021, "Timestamp for this request is outside of the recvWindow.")))
			.willSetStateTo("synced"));
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).inScenario("skew")
			.whenScenarioStateIs("synced")
			.willReturn(okJson(Recorded.read("order_response.json"))));
		BINANCE.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("server_time_response.json"))));
		SubmitResult result = this.venue.submit(MY_ORDER_1);
		assertThat(result).isInstanceOf(SubmitResult.Accepted.class);
		List<LoggedRequest> posts = BINANCE.findAll(postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(posts).hasSize(2);
		assertThat(posts).allSatisfy(
				(post) -> assertThat(post.queryParameter("newClientOrderId").firstValue()).isEqualTo("myOrder1"));
		assertThat(posts.get(0).queryParameter("timestamp").firstValue())
			.isEqualTo(String.valueOf(START.toEpochMilli()));
		// the clock stands still, so the measured offset puts the retry on Binance's time
		// exactly
		assertThat(posts.get(1).queryParameter("timestamp").firstValue()).isEqualTo("1499827319559");
		BINANCE.verify(1, getRequestedFor(urlPathEqualTo(TIME)));
	}

	@Test
	void anOrderRefusedForItsTimestampTwiceIsRejectedAsClockSkew() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(400)
			.withBody(error(-1021, "Timestamp for this request is outside of the recvWindow."))));
		BINANCE.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("server_time_response.json"))));
		assertThat(this.venue.submit(MY_ORDER_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BINANCE.verify(2, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsNotSentAgainWhenBinancesClockCannotBeRead() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(400)
			.withBody(error(-1021, "Timestamp for this request is outside of the recvWindow."))));
		BINANCE.stubFor(get(urlPathEqualTo(TIME)).willReturn(aResponse().withStatus(503)));
		assertThat(this.venue.submit(MY_ORDER_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	/** Refusals as Binance's docs give them, each answered with HTTP 400. */
	static Stream<Arguments> refusals() {
		return Stream.of(
				Arguments.of(-2010, "Account has insufficient balance for requested action.",
						Kind.INSUFFICIENT_BALANCE),
				Arguments.of(-1013, "Filter failure: LOT_SIZE", Kind.FILTER_FAILURE),
				Arguments.of(-1013, "Filter failure: NOTIONAL", Kind.FILTER_FAILURE),
				Arguments.of(-1111, "Precision is over the maximum defined for this asset.", Kind.FILTER_FAILURE),
				Arguments.of(-1100,
						"Illegal characters found in parameter 'price'; legal range is '^([0-9]{1,20})(\\\\.[0-9]{1,20})?$'.",
						Kind.FILTER_FAILURE),
				Arguments.of(-2010, "Duplicate order sent.", Kind.DUPLICATE_ORDER),
				Arguments.of(-2010, "Order would immediately match and take.", Kind.OTHER),
				Arguments.of(-2015, "Invalid API-key, IP, or permissions for action.", Kind.AUTH),
				Arguments.of(-1022, "Signature for this request is not valid.", Kind.AUTH));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("refusals")
	void aRefusedOrderIsRejectedWithItsKindAndSentOnlyOnce(int code, String message, Kind kind) {
		BINANCE.stubFor(
				post(urlPathEqualTo(ORDER)).willReturn(aResponse().withStatus(400).withBody(error(code, message))));
		assertThat(this.venue.submit(MY_ORDER_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.clientOrderId()).isEqualTo("myOrder1");
			assertThat(rejected.failure().kind()).isEqualTo(kind);
			assertThat(rejected.failure().venueCode()).isEqualTo(String.valueOf(code));
			assertThat(rejected.failure().message()).contains(message.substring(0, 10));
		});
		BINANCE.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

}
