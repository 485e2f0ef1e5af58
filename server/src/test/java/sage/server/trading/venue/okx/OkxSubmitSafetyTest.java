package sage.server.trading.venue.okx;

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
import static sage.server.trading.venue.okx.StandIn.BALANCE;
import static sage.server.trading.venue.okx.StandIn.ORDER;
import static sage.server.trading.venue.okx.StandIn.PENDING;
import static sage.server.trading.venue.okx.StandIn.QUICK;
import static sage.server.trading.venue.okx.StandIn.START;
import static sage.server.trading.venue.okx.StandIn.TIME;
import static sage.server.trading.venue.okx.StandIn.error;
import static sage.server.trading.venue.okx.StandIn.refusedOrder;

/**
 * An order is never sent twice by accident: a submit without a clear answer is an outcome
 * to look up, only an expired-timestamp refusal is sent again, and reads (which may be
 * asked twice) are retried.
 */
class OkxSubmitSafetyTest {

	@RegisterExtension
	static final WireMockExtension OKX = StandIn.okx();

	/** An order under the recorded answer's client order id. */
	private static final VenueOrderRequest OKTSWAP6 = VenueOrderRequest.limit("BTC-USDT", Side.BUY, new BigDecimal("1"),
			new BigDecimal("59200"), TimeInForce.GTC, "oktswap6");

	private final ManualClock clock = new ManualClock(START);

	private OkxSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(OKX, this.clock, QUICK);
	}

	/** Answers after which OKX may or may not have acted. */
	static Stream<Arguments> noClearAnswer() {
		return Stream.of(Arguments.of("HTTP 500", aResponse().withStatus(500)),
				Arguments.of("HTTP 503 with OKX's 50001",
						aResponse().withStatus(503)
							.withBody(error("50001", "Service temporarily unavailable. Please try again later."))),
				Arguments.of("HTTP 200 with OKX's 50004", okJson(error("50004",
						"API endpoint request timeout (does not mean that the request was successful or failed, please check the request result)."))),
				// longer than QUICK's one-second request timeout
				Arguments.of("read timeout", okJson(Recorded.read("PlaceOrder.txt")).withFixedDelay(2500)),
				Arguments.of("connection reset", aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void submitWithoutAClearAnswerIsAnOutcomeToLookUpAndIsSentOnlyOnce(String what, ResponseDefinitionBuilder answer) {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).willReturn(answer));
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(Recorded.read("GetOrders.txt"))));
		SubmitResult result = this.venue.submit(OKTSWAP6);
		assertThat(result).isInstanceOfSatisfying(SubmitResult.OutcomeUnknown.class,
				(unknown) -> assertThat(unknown.clientOrderId()).isEqualTo("oktswap6"));
		assertThat(this.venue.findByClientOrderId("BTC-USDT", result.clientOrderId()))
			.hasValueSatisfying((order) -> assertThat(order.status()).isEqualTo(VenueOrderStatus.NEW));
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(ORDER)).withQueryParam("clOrdId", equalTo("oktswap6")));
	}

	@Test
	void submitAcceptedButUnreadableIsAnOutcomeToLookUpNotARejection() {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson("{\"code\":\"0\",\"data\":[{\"clOrdId\":")));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOf(SubmitResult.OutcomeUnknown.class);
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderOkxDoesNotShowYetIsAskedForAgainBeforeItIsBelievedGone() {
		OKX.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(error("51603", "Order does not exist")))
			.willSetStateTo("still not"));
		OKX.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs("still not")
			.willReturn(okJson(error("51603", "Order does not exist")))
			.willSetStateTo("there"));
		OKX.stubFor(get(urlPathEqualTo(ORDER)).inScenario("lookup")
			.whenScenarioStateIs("there")
			.willReturn(okJson(Recorded.read("GetOrders.txt"))));
		assertThat(this.venue.findByClientOrderId("BTC-USDT", "oktswap6")).isPresent();
		OKX.verify(3, getRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderOkxKeepsNotKnowingIsEmptyAfterTheConfiguredLookups() {
		OKX.stubFor(get(urlPathEqualTo(ORDER)).willReturn(okJson(error("51603", "Order does not exist"))));
		assertThat(this.venue.findByClientOrderId("BTC-USDT", "oktswap6")).isEmpty();
		OKX.verify(QUICK.lookupAttempts(), getRequestedFor(urlPathEqualTo(ORDER)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("noClearAnswer")
	void readsAreRetriedWithBackoffWhenOkxFailsOrIsSilent(String what, ResponseDefinitionBuilder answer) {
		OKX.stubFor(get(urlPathEqualTo(BALANCE)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(answer)
			.willSetStateTo("recovered"));
		OKX.stubFor(get(urlPathEqualTo(BALANCE)).inScenario("flaky")
			.whenScenarioStateIs("recovered")
			.willReturn(okJson(Recorded.read("GetAccountBalance.txt"))));
		assertThat(this.venue.balances()).containsKey("USDT");
		OKX.verify(2, getRequestedFor(urlPathEqualTo(BALANCE)));
	}

	@Test
	void readsGiveUpAsUnavailableAfterTheConfiguredAttempts() {
		OKX.stubFor(get(urlPathEqualTo(PENDING)).willReturn(aResponse().withStatus(502)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAVAILABLE);
				assertThat(ex.failure().message()).contains("after 3 attempts");
			});
		OKX.verify(QUICK.readAttempts(), getRequestedFor(urlPathEqualTo(PENDING)));
	}

	@Test
	void aRefusedReadIsNotRetried() {
		OKX.stubFor(get(urlPathEqualTo(PENDING))
			.willReturn(aResponse().withStatus(401).withBody(error("50113", "Invalid Sign"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.AUTH);
				assertThat(ex.failure().venueCode()).isEqualTo("50113");
			});
		OKX.verify(1, getRequestedFor(urlPathEqualTo(PENDING)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsSentOnceMoreUnderTheSameIdOnOkxsClock() {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).inScenario("skew")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(401).withBody(error("50102", "Timestamp request expired")))
			.willSetStateTo("synced"));
		OKX.stubFor(post(urlPathEqualTo(ORDER)).inScenario("skew")
			.whenScenarioStateIs("synced")
			.willReturn(okJson(Recorded.read("PlaceOrder.txt"))));
		OKX.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOf(SubmitResult.Accepted.class);
		List<LoggedRequest> posts = OKX.findAll(postRequestedFor(urlPathEqualTo(ORDER)));
		assertThat(posts).hasSize(2);
		assertThat(posts.get(0).getBodyAsString()).isEqualTo(posts.get(1).getBodyAsString()).contains("oktswap6");
		assertThat(posts.get(0).getHeader("OK-ACCESS-TIMESTAMP")).isEqualTo("2026-12-05T12:00:00.000Z");
		// the clock stands still, so the measured offset puts the retry on OKX's time
		// exactly (GetServerTime.txt: 1597026383085)
		assertThat(posts.get(1).getHeader("OK-ACCESS-TIMESTAMP")).isEqualTo("2020-08-10T02:26:23.085Z");
		assertThat(posts.get(1).getHeader("OK-ACCESS-SIGN"))
			.isEqualTo(OkxSpotVenueTest.recomputedSignature(posts.get(1)))
			.isNotEqualTo(posts.get(0).getHeader("OK-ACCESS-SIGN"));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(TIME)));
	}

	@Test
	void anOrderRefusedForItsTimestampTwiceIsRejectedAsClockSkew() {
		OKX.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(401).withBody(error("50102", "Timestamp request expired"))));
		OKX.stubFor(get(urlPathEqualTo(TIME)).willReturn(okJson(Recorded.read("GetServerTime.txt"))));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		OKX.verify(2, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void anOrderRefusedForItsTimestampIsNotSentAgainWhenOkxsClockCannotBeRead() {
		OKX.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(401).withBody(error("50102", "Timestamp request expired"))));
		OKX.stubFor(get(urlPathEqualTo(TIME)).willReturn(aResponse().withStatus(503)));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.CLOCK_SKEW));
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	/**
	 * Order refusals as OKX's docs give them: HTTP 200, code "1", the order's sCode and
	 * sMsg.
	 */
	static Stream<Arguments> refusals() {
		return Stream.of(
				Arguments.of("51008", "Order failed. Insufficient USDT balance in account.", Kind.INSUFFICIENT_BALANCE),
				Arguments.of("51000", "Parameter px error", Kind.FILTER_FAILURE),
				Arguments.of("51001", "Instrument ID does not exist", Kind.FILTER_FAILURE),
				Arguments.of("51020", "Your order should meet or exceed the minimum order amount.",
						Kind.FILTER_FAILURE),
				Arguments.of("51121", "Order quantity must be a multiple of the lot size.", Kind.FILTER_FAILURE),
				Arguments.of("51016", "Duplicated clOrdId", Kind.DUPLICATE_ORDER),
				Arguments.of("51501", "Some refusal Sage has no kind for", Kind.OTHER));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("refusals")
	void aRefusedOrderIsRejectedWithItsKindAndSentOnlyOnce(String sCode, String sMsg, Kind kind) {
		OKX.stubFor(post(urlPathEqualTo(ORDER)).willReturn(okJson(refusedOrder("oktswap6", sCode, sMsg))));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.clientOrderId()).isEqualTo("oktswap6");
			assertThat(rejected.failure().kind()).isEqualTo(kind);
			assertThat(rejected.failure().venueCode()).isEqualTo(sCode);
			assertThat(rejected.failure().message()).isEqualTo(sMsg);
		});
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

	@Test
	void aRefusedKeyIsRejectedAsAuth() {
		OKX.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(aResponse().withStatus(401).withBody(error("50111", "Invalid OK-ACCESS-KEY"))));
		assertThat(this.venue.submit(OKTSWAP6)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.AUTH));
		OKX.verify(1, postRequestedFor(urlPathEqualTo(ORDER)));
	}

}
