package sage.server.trading.venue.bybit;

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
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.bybit.StandIn.CREATE;
import static sage.server.trading.venue.bybit.StandIn.EMPTY_LIST;
import static sage.server.trading.venue.bybit.StandIn.HISTORY;
import static sage.server.trading.venue.bybit.StandIn.QUICK;
import static sage.server.trading.venue.bybit.StandIn.REALTIME;
import static sage.server.trading.venue.bybit.StandIn.SERVER_MILLIS;
import static sage.server.trading.venue.bybit.StandIn.SERVER_TIME;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.TIME;
import static sage.server.trading.venue.bybit.StandIn.WALLET;
import static sage.server.trading.venue.bybit.StandIn.error;
import static sage.server.trading.venue.bybit.StandIn.ids;

/**
 * An order is never sent twice by accident: a submit without a clear answer is an outcome
 * to look up, only a timestamp refusal ({@code 10002}) is sent again, and reads (which
 * may be asked twice) are retried.
 */
class BybitSubmitSafetyTest {

	@RegisterExtension
	static final WireMockExtension BYBIT = StandIn.bybit();

	/**
	 * The first recorded working order ({@code http_get_orders_realtime.json}) as Sage
	 * would have asked for it.
	 */
	private static final VenueOrderRequest CLIENT_OPEN_1 = VenueOrderRequest.limit("ETHUSDT", Side.BUY,
			new BigDecimal("0.010"), new BigDecimal("3930.41"), TimeInForce.GTC, "client-open-1");

	private final ManualClock clock = new ManualClock(START);

	private BybitSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BYBIT, this.clock, QUICK);
	}

	/** Answers after which Bybit may or may not have acted. */
	static Stream<Arguments> noClearAnswer() {
		return Stream.of(Arguments.of("HTTP 500", aResponse().withStatus(500)),
				Arguments.of("HTTP 502 from the gateway",
						aResponse().withStatus(502).withBody("<html>Bad Gateway</html>")),
				Arguments.of("retCode 10016 server error", okJson(error(10016, "Server error."))),
				Arguments.of("retCode 10000 server timeout", okJson(error(10000, "Server Timeout"))),
				// longer than QUICK's one-second request timeout
				Arguments.of("read timeout", okJson(ids("open-order-1", "client-open-1")).withFixedDelay(2500)),
				Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void submitWithoutAClearAnswerIsAnOutcomeToLookUpAndIsSentOnlyOnce(String what, ResponseDefinitionBuilder answer) {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(answer));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		SubmitResult result = this.venue.submit(CLIENT_OPEN_1);
		assertThat(result).isInstanceOfSatisfying(SubmitResult.OutcomeUnknown.class,
				(unknown) -> assertThat(unknown.clientOrderId()).isEqualTo("client-open-1"));
		assertThat(this.venue.findByClientOrderId("ETHUSDT", result.clientOrderId())).hasValueSatisfying((order) -> {
			assertThat(order.venueOrderId()).isEqualTo("open-order-1");
			assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW);
		});
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
		BYBIT.verify(1,
				getRequestedFor(urlPathEqualTo(REALTIME)).withQueryParam("orderLinkId", equalTo("client-open-1")));
	}

	@Test
	void submitAnsweredButUnreadableIsAnOutcomeToLookUpNotARejection() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson("{\"retCode\":0,\"result\":{\"orderId\":")));
		assertThat(this.venue.submit(CLIENT_OPEN_1)).isInstanceOf(SubmitResult.OutcomeUnknown.class);
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
	}

	@Test
	void anOrderBybitDoesNotShowYetIsAskedForAgainInBothListsBeforeItIsBelievedGone() {
		BYBIT.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(okJson(EMPTY_LIST)));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("lag")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(EMPTY_LIST))
			.willSetStateTo("still not"));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("lag")
			.whenScenarioStateIs("still not")
			.willReturn(okJson(EMPTY_LIST))
			.willSetStateTo("there"));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("lag")
			.whenScenarioStateIs("there")
			.willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		assertThat(this.venue.findByClientOrderId("ETHUSDT", "client-open-1")).isPresent();
		BYBIT.verify(3, getRequestedFor(urlPathEqualTo(REALTIME)));
		BYBIT.verify(2, getRequestedFor(urlPathEqualTo(HISTORY)));
	}

	@Test
	void anOrderBybitKeepsNotShowingIsEmptyAfterTheConfiguredLookups() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(EMPTY_LIST)));
		BYBIT.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(okJson(error(170213, "Order does not exist."))));
		assertThat(this.venue.findByClientOrderId("ETHUSDT", "client-open-1")).isEmpty();
		BYBIT.verify(QUICK.lookupAttempts(), getRequestedFor(urlPathEqualTo(REALTIME)));
		BYBIT.verify(QUICK.lookupAttempts(), getRequestedFor(urlPathEqualTo(HISTORY)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void readsAreRetriedWithBackoffWhenBybitFailsOrIsSilent(String what, ResponseDefinitionBuilder answer) {
		BYBIT.stubFor(get(urlPathEqualTo(WALLET)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(answer)
			.willSetStateTo("recovered"));
		BYBIT.stubFor(get(urlPathEqualTo(WALLET)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(Recorded.read("http_get_wallet_balance.json"))));
		assertThat(this.venue.balances()).containsKey("USDT");
		BYBIT.verify(2, getRequestedFor(urlPathEqualTo(WALLET)));
	}

	@Test
	void readsGiveUpAsUnavailableAfterTheConfiguredAttempts() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(aResponse().withStatus(503)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.failure().message()).contains("after 3 attempts");
			});
		BYBIT.verify(QUICK.readAttempts(), getRequestedFor(urlPathEqualTo(REALTIME)));
	}

	@Test
	void aRefusedReadIsNotRetried() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(error(10003, "API key is invalid."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.AUTH));
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(REALTIME)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsSentOnceMoreUnderTheSameIdOnBybitsClock() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).inScenario("skew")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(error(10002,
					"invalid request, please check your server timestamp or recv_window param. req_timestamp[1764935999000],server_timestamp[1688639403423],recv_window[5000]")))
			.willSetStateTo("synced"));
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).inScenario("skew")
			.whenScenarioStateIs("synced")
			.willReturn(okJson(ids("open-order-1", "client-open-1"))));
		BYBIT.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(SERVER_TIME)));
		assertThat(this.venue.submit(CLIENT_OPEN_1)).isInstanceOf(SubmitResult.Accepted.class);
		List<LoggedRequest> posts = BYBIT.findAll(postRequestedFor(urlPathEqualTo(CREATE)));
		assertThat(posts).hasSize(2);
		assertThat(posts.get(1).getBodyAsString()).isEqualTo(posts.get(0).getBodyAsString());
		BYBIT.verify(2, postRequestedFor(urlPathEqualTo(CREATE))
			.withRequestBody(equalToJson("{\"orderLinkId\":\"client-open-1\"}", true, true)));
		assertThat(posts.get(0).getHeader("X-BAPI-TIMESTAMP")).isEqualTo(String.valueOf(START.toEpochMilli()));
		// the clock stands still, so the measured offset puts the retry on Bybit's time
		// exactly
		assertThat(posts.get(1).getHeader("X-BAPI-TIMESTAMP")).isEqualTo(String.valueOf(SERVER_MILLIS));
		assertThat(posts.get(1).getHeader("X-BAPI-SIGN"))
			.isEqualTo(StandIn.expectedSignature(posts.get(1), posts.get(1).getBodyAsString()));
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(TIME)));
	}

	@Test
	void anOrderRefusedForItsTimestampTwiceIsRejectedAsClockSkew() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE))
			.willReturn(okJson(error(10002, "The request time exceeds the time window range."))));
		BYBIT.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(SERVER_TIME)));
		assertThat(this.venue.submit(CLIENT_OPEN_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BYBIT.verify(2, postRequestedFor(urlPathEqualTo(CREATE)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsNotSentAgainWhenBybitsClockCannotBeRead() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE))
			.willReturn(okJson(error(10002, "The request time exceeds the time window range."))));
		BYBIT.stubFor(get(urlPathEqualTo(TIME)).willReturn(aResponse().withStatus(503)));
		assertThat(this.venue.submit(CLIENT_OPEN_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
	}

	/**
	 * Refusals as Bybit's "Error Codes" page gives them, each answered with HTTP 200 (the
	 * messages are Bybit's or close to them).
	 */
	static Stream<Arguments> refusals() {
		return Stream.of(Arguments.of(170131, "Insufficient balance.", Kind.INSUFFICIENT_BALANCE),
				Arguments.of(170033, "margin Insufficient account balance", Kind.INSUFFICIENT_BALANCE),
				Arguments.of(170136, "Order quantity lower than the minimum.", Kind.FILTER_FAILURE),
				Arguments.of(170137, "Order volume decimal too long", Kind.FILTER_FAILURE),
				Arguments.of(170140, "Order value exceeded lower limit", Kind.FILTER_FAILURE),
				Arguments.of(170124, "Order amount too large.", Kind.FILTER_FAILURE),
				Arguments.of(170134, "Order price decimal too long.", Kind.FILTER_FAILURE),
				Arguments.of(10001, "Request parameter error.", Kind.FILTER_FAILURE),
				Arguments.of(170141, "Duplicate clientOrderId", Kind.DUPLICATE_ORDER),
				Arguments.of(10003, "API key is invalid.", Kind.AUTH),
				Arguments.of(10004, "Error sign, please check your signature generation algorithm.", Kind.AUTH),
				Arguments.of(10005, "Permission denied, please check your API key permissions.", Kind.AUTH),
				Arguments.of(33004, "Your api key has expired.", Kind.AUTH),
				Arguments.of(170218, "The LIMIT-MAKER order is rejected due to its price.", Kind.OTHER));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("refusals")
	void aRefusedOrderIsRejectedWithItsKindAndSentOnlyOnce(int retCode, String retMsg, Kind kind) {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).willReturn(okJson(error(retCode, retMsg))));
		assertThat(this.venue.submit(CLIENT_OPEN_1)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.clientOrderId()).isEqualTo("client-open-1");
			assertThat(rejected.failure().kind()).isEqualTo(kind);
			assertThat(rejected.failure().venueCode()).isEqualTo(String.valueOf(retCode));
			assertThat(rejected.failure().message()).contains(retMsg);
		});
		BYBIT.verify(1, postRequestedFor(urlPathEqualTo(CREATE)));
	}

}
