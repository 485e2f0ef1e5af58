package sage.server.trading.venue.bybit;

import java.math.BigDecimal;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.engine.sim.Side;
import sage.server.trading.venue.ManualClock;
import sage.server.trading.venue.SubmitResult;
import sage.server.trading.venue.VenueException;
import sage.server.trading.venue.VenueFailure.Kind;
import sage.server.trading.venue.VenueOrderRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static sage.server.trading.venue.bybit.StandIn.CREATE;
import static sage.server.trading.venue.bybit.StandIn.QUICK;
import static sage.server.trading.venue.bybit.StandIn.REALTIME;
import static sage.server.trading.venue.bybit.StandIn.START;
import static sage.server.trading.venue.bybit.StandIn.error;
import static sage.server.trading.venue.bybit.StandIn.ids;

/**
 * Bybit's limits are kept locally: after {@code 10006} nothing is sent until its
 * {@code X-Bapi-Limit-Reset-Timestamp}, after an HTTP 403 IP ban trading on the venue
 * halts until the ban is over, and no call is made that would cross the configured
 * requests per five seconds.
 */
class BybitRateLimitTest {

	@RegisterExtension
	static final WireMockExtension BYBIT = StandIn.bybit();

	private static final VenueOrderRequest ORDER_REQUEST = VenueOrderRequest.market("BTCUSDT", Side.BUY,
			new BigDecimal("0.001"), "sage-1");

	private final ManualClock clock = new ManualClock(START);

	private BybitSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BYBIT, this.clock, QUICK);
	}

	@Test
	void after10006NothingIsSentBeforeTheLimitResets() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(error(10006, "Too many visits!")).withHeader("X-Bapi-Limit", "50")
				.withHeader("X-Bapi-Limit-Status", "0")
				.withHeader("X-Bapi-Limit-Reset-Timestamp", String.valueOf(START.plusSeconds(2).toEpochMilli())))
			.willSetStateTo("cooled"));
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).inScenario("limit")
			.whenScenarioStateIs("cooled")
			.willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().venueCode()).isEqualTo("10006");
				assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(2));
			});

		this.clock.advance(Duration.ofMillis(1999));
		assertRefused(() -> this.venue.openOrders("ETHUSDT"), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.balances(), Kind.RATE_LIMITED);
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED));
		BYBIT.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofMillis(1));
		assertThat(this.venue.openOrders("ETHUSDT")).hasSize(2);
		BYBIT.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void after10006WithoutAResetTimeTheNextSecondIsAwaited() {
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(error(10006, "Too many visits!"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(1)));
		assertRefused(() -> this.venue.openOrders("ETHUSDT"), Kind.RATE_LIMITED);
		BYBIT.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void anIpBanHaltsEveryCallSubmitIncludedUntilItIsOver() {
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).inScenario("ban")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(403).withBody("access too frequent"))
			.willSetStateTo("lifted"));
		BYBIT.stubFor(post(urlPathEqualTo(CREATE)).inScenario("ban")
			.whenScenarioStateIs("lifted")
			.willReturn(okJson(ids("1", "sage-1"))));
		// the ban is the gateway's refusal: the order was not placed
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.failure().kind()).isEqualTo(Kind.BANNED);
			assertThat(rejected.failure().until()).isEqualTo(START.plus(QUICK.banLength()));
		});

		this.clock.advance(QUICK.banLength().minusSeconds(1));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.BANNED));
		assertRefused(() -> this.venue.findByClientOrderId("BTCUSDT", "sage-1"), Kind.BANNED);
		assertRefused(() -> this.venue.cancel("BTCUSDT", "sage-1"), Kind.BANNED);
		assertRefused(() -> this.venue.openOrders("BTCUSDT"), Kind.BANNED);
		assertRefused(() -> this.venue.fills("BTCUSDT", null), Kind.BANNED);
		assertRefused(() -> this.venue.balances(), Kind.BANNED);
		assertRefused(() -> this.venue.keyPermissions(), Kind.BANNED);
		assertRefused(() -> this.venue.instrument("BTCUSDT"), Kind.BANNED);
		BYBIT.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOf(SubmitResult.Accepted.class);
		BYBIT.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void noCallIsMadeThatWouldCrossTheRequestsAllowedPerWindow() {
		BybitLimits two = new BybitLimits(QUICK.recvWindow(), QUICK.requestTimeout(), 2, QUICK.readAttempts(),
				QUICK.firstRetry(), QUICK.longestRetry(), QUICK.lookupAttempts(), QUICK.banLength());
		BybitSpotVenue venue = StandIn.venue(BYBIT, this.clock, two);
		BYBIT.stubFor(get(urlPathEqualTo(REALTIME)).willReturn(okJson(Recorded.read("http_get_orders_realtime.json"))));
		venue.openOrders("ETHUSDT");
		venue.openOrders("ETHUSDT");
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> venue.openOrders("ETHUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(5));
			});
		BYBIT.verify(2, anyRequestedFor(anyUrl()));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(venue.openOrders("ETHUSDT")).hasSize(2);
	}

	private static void assertRefused(ThrowingCallable call, Kind kind) {
		assertThatExceptionOfType(VenueException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
