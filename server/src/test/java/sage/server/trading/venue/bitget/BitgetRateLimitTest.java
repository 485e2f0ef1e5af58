package sage.server.trading.venue.bitget;

import java.math.BigDecimal;
import java.time.Duration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
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
import static sage.server.trading.venue.bitget.StandIn.PLACE;
import static sage.server.trading.venue.bitget.StandIn.QUICK;
import static sage.server.trading.venue.bitget.StandIn.START;
import static sage.server.trading.venue.bitget.StandIn.UNFILLED;
import static sage.server.trading.venue.bitget.StandIn.error;

/**
 * After Bitget says too many requests, nothing is sent until its {@code Retry-After}, or
 * the configured pause when it sends none, has passed.
 */
class BitgetRateLimitTest {

	@RegisterExtension
	static final WireMockExtension BITGET = StandIn.bitget();

	private static final VenueOrderRequest ORDER_REQUEST = VenueOrderRequest.limit("BTCUSDT", Side.BUY,
			new BigDecimal("0.001"), new BigDecimal("34829.12"), TimeInForce.GTC, "121211212122");

	private final ManualClock clock = new ManualClock(START);

	private BitgetSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BITGET, this.clock, QUICK);
	}

	@Test
	void afterA429NothingIsSentUntilRetryAfterHasPassed() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).inScenario("limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "30")
				.withBody(error("429", "Too Many Requests")))
			.willSetStateTo("cooled"));
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED)).inScenario("limit")
			.whenScenarioStateIs("cooled")
			.willReturn(okJson(Recorded.read("GetOpenOrders.txt"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(30));
			});

		this.clock.advance(Duration.ofSeconds(29));
		assertRefused(() -> this.venue.openOrders("BTCUSDT"), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.balances(), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.cancel("BTCUSDT", "121211212122"), Kind.RATE_LIMITED);
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED));
		BITGET.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.venue.openOrders("BTCUSDT")).hasSize(1);
		BITGET.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void a429WithoutRetryAfterHoldsForTheConfiguredPause() {
		BITGET.stubFor(get(urlPathEqualTo(UNFILLED))
			.willReturn(aResponse().withStatus(429).withBody(error("429", "Too Many Requests"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("BTCUSDT"))
			.satisfies(
					(ex) -> assertThat(ex.failure().until()).isEqualTo(START.plus(QUICK.rateLimitWithoutRetryAfter())));
		this.clock.advance(QUICK.rateLimitWithoutRetryAfter().minusMillis(1));
		assertRefused(() -> this.venue.openOrders("BTCUSDT"), Kind.RATE_LIMITED);
		BITGET.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void anOrderRefusedForTheRateLimitWithHttp200HoldsTooAndWasNotPlaced() {
		BITGET.stubFor(post(urlPathEqualTo(PLACE)).willReturn(okJson(error("429", "Too Many Requests"))));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED);
			assertThat(rejected.failure().until()).isEqualTo(START.plus(QUICK.rateLimitWithoutRetryAfter()));
		});
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOf(SubmitResult.Rejected.class);
		BITGET.verify(1, anyRequestedFor(anyUrl()));
	}

	private static void assertRefused(ThrowingCallable call, Kind kind) {
		assertThatExceptionOfType(VenueException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
