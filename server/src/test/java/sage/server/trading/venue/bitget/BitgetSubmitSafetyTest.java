package sage.server.trading.venue.bitget;

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
import static sage.server.trading.venue.bitget.StandIn.ASSETS;
import static sage.server.trading.venue.bitget.StandIn.ORDER_INFO;
import static sage.server.trading.venue.bitget.StandIn.PLACE;
import static sage.server.trading.venue.bitget.StandIn.QUICK;
import static sage.server.trading.venue.bitget.StandIn.START;
import static sage.server.trading.venue.bitget.StandIn.TIME;
import static sage.server.trading.venue.bitget.StandIn.UNFILLED;
import static sage.server.trading.venue.bitget.StandIn.error;

/**
 * An order is never sent twice by accident: a submit without a clear answer is an outcome
 * to look up, only an expired-timestamp refusal is sent again, and reads (which may be
 * asked twice) are retried.
 */
class BitgetSubmitSafetyTest {

	@RegisterExtension
	static final WireMockExtension BITGET = StandIn.bitget();

	/** An order under the recorded answer's client order id. */
	private static final VenueOrderRequest ORDER = VenueOrderRequest.limit("BTCUSDT", Side.BUY, new BigDecimal("1"),
			new BigDecimal("34829.12"), TimeInForce.GTC, "121211212122");

	private final ManualClock clock = new ManualClock(START);

	private BitgetSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BITGET, this.clock, QUICK);
	}

	/** Answers after which Bitget may or may not have acted. */
	static Stream<Arguments> noClearAnswer() {
		return Stream.of(Arguments.of("HTTP 500", aResponse().withStatus(500)),
				Arguments.of("HTTP 503 with a Bitget body",
						aResponse().withStatus(503)
							.withBody(error("40015", "System is abnormal, please try again later"))),
				Arguments.of("HTTP 400 with Bitget's 40010",
						aResponse().withStatus(400).withBody(error("40010", "Request timed out"))),
				// longer than QUICK's one-second request timeout
				Arguments.of("read timeout", okJson(Recorded.read("PlaceOrder.txt")).withFixedDelay(2500)),
				Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void submitWithoutAClearAnswerIsAnOutcomeToLookUpAndIsSentOnlyOnce(String what, ResponseDefinitionBuilder answer) {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(answer));
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).willReturn(okJson(Recorded.read("GetOpenOrders.txt"))));
		SubmitResult result = this.venue.submit(ORDER);
		assertThat(result).isInstanceOfSatisfying(SubmitResult.OutcomeUnknown.class,
				(unknown) -> assertThat(unknown.clientOrderId()).isEqualTo("121211212122"));
		assertThat(this.venue.findByClientOrderId("BTCUSDT", result.clientOrderId()))
			.hasValueSatisfying((order) -> assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW));
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(PLACE)));
		BITGET.verify(1,
				getRequestedFor(urlPathEqualTo(ORDER_INFO)).withQueryParam("clientOid", equalTo("121211212122")));
	}

	@Test
	void submitAcceptedButUnreadableIsAnOutcomeToLookUpNotARejection() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(okJson("{\"code\":\"00000\",\"data\":{\"orderId\":")));
		assertThat(this.venue.submit(ORDER)).isInstanceOf(SubmitResult.OutcomeUnknown.class);
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(okJson("{\"code\":\"00000\",\"data\":null}")));
		assertThat(this.venue.submit(ORDER)).isInstanceOf(SubmitResult.OutcomeUnknown.class);
		BITGET.verify(2, postRequestedFor(urlPathEqualTo(PLACE)));
	}

	@Test
	void anOrderBitgetDoesNotShowYetIsAskedForAgainBeforeItIsBelievedGone() {
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).inScenario("lookup")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(StandIn.noOrder()))
			.willSetStateTo("still not"));
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).inScenario("lookup")
			.whenScenarioStateIs("still not")
			.willReturn(aResponse().withStatus(400).withBody(error("43001", "The order does not exist")))
			.willSetStateTo("there"));
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO)).inScenario("lookup")
			.whenScenarioStateIs("there")
			.willReturn(okJson(Recorded.read("GetOpenOrders.txt"))));
		assertThat(this.venue.findByClientOrderId("BTCUSDT", "xxxxxxx")).isPresent();
		BITGET.verify(3, getRequestedFor(urlPathEqualTo(ORDER_INFO)));
	}

	@Test
	void anOrderBitgetKeepsNotKnowingIsEmptyAfterTheConfiguredLookups() {
		BITGET.stubFor(get(urlPathEqualTo(ORDER_INFO))
			.willReturn(aResponse().withStatus(400).withBody(error("43001", "The order does not exist"))));
		assertThat(this.venue.findByClientOrderId("BTCUSDT", "xxxxxxx")).isEmpty();
		BITGET.verify(QUICK.lookupAttempts(), getRequestedFor(urlPathEqualTo(ORDER_INFO)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void readsAreRetriedWithBackoffWhenBitgetFailsOrIsSilent(String what, ResponseDefinitionBuilder answer) {
		BITGET.stubFor(get(urlPathEqualTo(ASSETS)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(answer)
			.willSetStateTo("recovered"));
		BITGET.stubFor(get(urlPathEqualTo(ASSETS)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(Recorded.read("GetSpotBalances.txt"))));
		// the recorded account holds nothing
		assertThat(this.venue.balances()).isEmpty();
		BITGET.verify(2, getRequestedFor(urlPathEqualTo(ASSETS)));
	}

	@Test
	void readsGiveUpAsUnavailableAfterTheConfiguredAttempts() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.failure().message()).contains("after 3 attempts");
			});
		BITGET.verify(QUICK.readAttempts(), getRequestedFor(urlPathEqualTo(UNFILLED)));
	}

	@Test
	void aRefusedReadIsNotRetried() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED))
			.willReturn(aResponse().withStatus(400).withBody(error("40009", "sign signature error"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.AUTH);
				assertThat(ex.failure().venueCode()).isEqualTo("40009");
			});
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(UNFILLED)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsSentOnceMoreUnderTheSameIdOnBitgetsClock() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).inScenario("skew")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(400).withBody(error("40008", "Request timestamp expired")))
			.willSetStateTo("synced"));
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).inScenario("skew")
			.whenScenarioStateIs("synced")
			.willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		BITGET.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		assertThat(this.venue.submit(ORDER)).isInstanceOf(SubmitResult.Accepted.class);
		List<LoggedRequest> posts = BITGET.findAll(postRequestedFor(urlPathEqualTo(PLACE)));
		assertThat(posts).hasSize(2);
		assertThat(posts.get(0).getBodyAsString()).isEqualTo(posts.get(1).getBodyAsString()).contains("121211212122");
		assertThat(posts.get(0).getHeader("ACCESS-TIMESTAMP")).isEqualTo(String.valueOf(START.toEpochMilli()));
		// the clock stands still, so the measured offset puts the retry on Bitget's time
		// exactly (GetServerTime.txt: 1688008631614)
		assertThat(posts.get(1).getHeader("ACCESS-TIMESTAMP")).isEqualTo("1688008631614");
		assertThat(posts.get(1).getHeader("ACCESS-SIGN"))
			.isEqualTo(BitgetSpotVenueTest.recomputedSignature(posts.get(1)))
			.isNotEqualTo(posts.get(0).getHeader("ACCESS-SIGN"));
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(TIME)).withoutHeader("ACCESS-KEY"));
	}

	@Test
	void anOrderRefusedForItsTimestampTwiceIsRejectedAsClockSkew() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE))
			.willReturn(aResponse().withStatus(400).withBody(error("40008", "Request timestamp expired"))));
		BITGET.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		assertThat(this.venue.submit(ORDER)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BITGET.verify(2, postRequestedFor(urlPathEqualTo(PLACE)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsNotSentAgainWhenBitgetsClockCannotBeRead() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE))
			.willReturn(aResponse().withStatus(400).withBody(error("40008", "Request timestamp expired"))));
		BITGET.stubFor(get(urlPathEqualTo(TIME)).willReturn(aResponse().withStatus(503)));
		assertThat(this.venue.submit(ORDER)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(PLACE)));
	}

	/**
	 * Order refusals in the shape Bitget gives them (not recorded: written here from its
	 * docs and the messages its API is seen to send), with HTTP 400 and with HTTP 200.
	 */
	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of(400, "43012", "Insufficient balance", Kind.INSUFFICIENT_BALANCE),
				Arguments.of(200, "43012", "Insufficient balance", Kind.INSUFFICIENT_BALANCE),
				Arguments.of(400, "40762", "The order amount exceeds the balance", Kind.INSUFFICIENT_BALANCE),
				Arguments.of(400, "40808",
						"Parameter verification exception size checkBDScale error value=2293.577 checkScale=2",
						Kind.FILTER_FAILURE),
				Arguments.of(400, "45110", "less than the minimum amount 5 USDT", Kind.FILTER_FAILURE),
				Arguments.of(400, "43011", "The parameter does not meet the specification", Kind.FILTER_FAILURE),
				Arguments.of(400, "40786", "Duplicate clientOid", Kind.DUPLICATE_ORDER),
				Arguments.of(400, "40014", "Incorrect permissions", Kind.AUTH),
				Arguments.of(400, "49999", "Some refusal Sage has no kind for", Kind.OTHER));
	}

	@ParameterizedTest(name = "HTTP {0} {1} {2}")
	@MethodSource("refusals")
	void aRefusedOrderIsRejectedWithItsKindAndSentOnlyOnce(int status, String code, String msg, Kind kind) {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(aResponse().withStatus(status)
			.withHeader("Content-Type", "application/json")
			.withBody(error(code, msg))));
		assertThat(this.venue.submit(ORDER)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.clientOrderId()).isEqualTo("121211212122");
			assertThat(rejected.failure().kind()).isEqualTo(kind);
			assertThat(rejected.failure().venueCode()).isEqualTo(code);
			assertThat(rejected.failure().message()).endsWith(msg);
		});
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(PLACE)));
	}

	@Test
	void aRefusedKeyIsRejectedAsAuth() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE))
			.willReturn(aResponse().withStatus(400).withBody(error("40006", "Invalid ACCESS_KEY"))));
		assertThat(this.venue.submit(ORDER)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.AUTH));
		BITGET.verify(1, postRequestedFor(urlPathEqualTo(PLACE)));
	}

}
