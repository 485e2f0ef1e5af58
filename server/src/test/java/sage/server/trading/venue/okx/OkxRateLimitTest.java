package sage.server.trading.venue.okx;

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
import static sage.server.trading.venue.okx.StandIn.ORDER;
import static sage.server.trading.venue.okx.StandIn.PENDING;
import static sage.server.trading.venue.okx.StandIn.QUICK;
import static sage.server.trading.venue.okx.StandIn.START;
import static sage.server.trading.venue.okx.StandIn.error;
import static sage.server.trading.venue.okx.StandIn.refusedOrder;

/**
 * After OKX says too many requests, nothing is sent until its {@code Retry-After}, or the
 * configured pause when it sends none, has passed.
 */
class OkxRateLimitTest {

	@RegisterExtension
	static final WireMockExtension OKX = StandIn.okx();

	private static final VenueOrderRequest ORDER_REQUEST = VenueOrderRequest.market("BTC-USDT", Side.BUY,
			new BigDecimal("0.001"), "oktswap6");

	private final ManualClock clock = new ManualClock(START);

	private OkxSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(OKX, this.clock, QUICK);
	}

	@Test
	void afterA429NothingIsSentUntilRetryAfterHasPassed() {
		OKX.stubFor(get(urlPathEqualTo(PENDING)).inScenario("limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "30")
				.withBody(error("50011",
						"Rate limit reached. Please refer to API documentation and throttle requests accordingly.")))
			.willSetStateTo("cooled"));
		OKX.stubFor(get(urlPathEqualTo(PENDING)).inScenario("limit")
			.whenScenarioStateIs("cooled")
			.willReturn(okJson(Recorded.read("GetOrders.txt"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(30));
			});

		this.clock.advance(Duration.ofSeconds(29));
		assertRefused(() -> this.venue.openOrders("BTC-USDT"), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.balances(), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.cancel("BTC-USDT", "oktswap6"), Kind.RATE_LIMITED);
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED));
		OKX.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.venue.openOrders("BTC-USDT")).hasSize(1);
		OKX.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void a429WithoutRetryAfterHoldsForTheConfiguredPause() {
		OKX.stubFor(get(urlPathEqualTo(PENDING)).willReturn(aResponse().withStatus(429)
			.withBody(error("50011",
					"Rate limit reached. Please refer to API documentation and throttle requests accordingly."))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTC-USDT"))
			.satisfies(
					(ex) -> assertThat(ex.failure().until()).isEqualTo(START.plus(QUICK.rateLimitWithoutRetryAfter())));
		this.clock.advance(QUICK.rateLimitWithoutRetryAfter().minusMillis(1));
		assertRefused(() -> this.venue.openOrders("BTC-USDT"), Kind.RATE_LIMITED);
		OKX.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void anOrderRefusedForTheRateLimitWithHttp200HoldsTooAndWasNotPlaced() {
		OKX.stubFor(post(urlPathEqualTo(ORDER))
			.willReturn(okJson(refusedOrder("oktswap6", "50011", "Rate limit reached."))));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED);
			assertThat(rejected.failure().until()).isEqualTo(START.plus(QUICK.rateLimitWithoutRetryAfter()));
		});
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOf(SubmitResult.Rejected.class);
		OKX.verify(1, anyRequestedFor(anyUrl()));
	}

	private static void assertRefused(ThrowingCallable call, Kind kind) {
		assertThatExceptionOfType(VenueException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
