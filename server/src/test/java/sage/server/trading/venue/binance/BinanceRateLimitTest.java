package sage.server.trading.venue.binance;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

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
import static sage.server.trading.venue.binance.StandIn.OPEN_ORDERS;
import static sage.server.trading.venue.binance.StandIn.ORDER;
import static sage.server.trading.venue.binance.StandIn.QUICK;
import static sage.server.trading.venue.binance.StandIn.START;
import static sage.server.trading.venue.binance.StandIn.error;

/**
 * Binance's limits are kept locally: after a 429 nothing is sent until its
 * {@code Retry-After} has passed, after a 418 ban trading on the venue halts until the
 * ban ends, and no call is made that would cross the configured request weight a minute.
 */
class BinanceRateLimitTest {

	@RegisterExtension
	static final WireMockExtension BINANCE = StandIn.binance();

	private static final VenueOrderRequest ORDER_REQUEST = VenueOrderRequest.market("BTCUSDT", Side.BUY,
			new BigDecimal("0.001"), "sage-1");

	private final ManualClock clock = new ManualClock(START);

	private BinanceSpotVenue venue;

	@BeforeEach
	void connect() {
		this.venue = StandIn.venue(BINANCE, this.clock, QUICK);
	}

	@Test
	void afterA429NothingIsSentUntilRetryAfterHasPassed() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).inScenario("limit")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "30")
				.withBody(error(-1003,
						"Too much request weight used; current limit is 6000 request weight per 1 MINUTE.")))
			.willSetStateTo("cooled"));
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).inScenario("limit")
			.whenScenarioStateIs("cooled")
			.willReturn(okJson(Recorded.read("open_orders_response.json"))));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().until()).isEqualTo(START.plusSeconds(30));
			});

		this.clock.advance(Duration.ofSeconds(29));
		assertRefused(() -> this.venue.openOrders("LTCBTC"), Kind.RATE_LIMITED);
		assertRefused(() -> this.venue.balances(), Kind.RATE_LIMITED);
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.RATE_LIMITED));
		BINANCE.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.venue.openOrders("LTCBTC")).hasSize(1);
		BINANCE.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBanHaltsEveryCallSubmitIncludedUntilItEnds() {
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).inScenario("ban")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(418)
				.withHeader("Retry-After", "120")
				.withBody(error(-1003,
						"Way too much request weight used; IP banned until " + START.plusSeconds(120).toEpochMilli()
								+ ". Please use WebSocket Streams for live updates to avoid bans.")))
			.willSetStateTo("lifted"));
		BINANCE.stubFor(post(urlPathEqualTo(ORDER)).inScenario("ban")
			.whenScenarioStateIs("lifted")
			.willReturn(okJson(Recorded.read("new_order_full_response.json"))));
		// the ban itself is Binance's refusal: the order was not placed
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class, (rejected) -> {
			assertThat(rejected.failure().kind()).isEqualTo(Kind.BANNED);
			assertThat(rejected.failure().until()).isEqualTo(START.plusSeconds(120));
		});

		this.clock.advance(Duration.ofSeconds(119));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOfSatisfying(SubmitResult.Rejected.class,
				(rejected) -> assertThat(rejected.failure().kind()).isEqualTo(Kind.BANNED));
		assertRefused(() -> this.venue.findByClientOrderId("BTCUSDT", "sage-1"), Kind.BANNED);
		assertRefused(() -> this.venue.cancel("BTCUSDT", "sage-1"), Kind.BANNED);
		assertRefused(() -> this.venue.openOrders("BTCUSDT"), Kind.BANNED);
		assertRefused(() -> this.venue.fills("BTCUSDT", null), Kind.BANNED);
		assertRefused(() -> this.venue.balances(), Kind.BANNED);
		BINANCE.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.venue.submit(ORDER_REQUEST)).isInstanceOf(SubmitResult.Accepted.class);
		BINANCE.verify(2, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBanWithoutRetryAfterLastsUntilTheTimeBinanceNames() {
		Instant until = START.plus(Duration.ofMinutes(10));
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(aResponse().withStatus(418)
			.withBody(error(-1003, "Way too much request weight used; IP banned until " + until.toEpochMilli()
					+ ". Please use WebSocket Streams for live updates to avoid bans."))));
		assertRefused(() -> this.venue.openOrders("LTCBTC"), Kind.BANNED);
		this.clock.advance(Duration.ofMinutes(9));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> assertThat(ex.failure().until()).isEqualTo(until));
		BINANCE.verify(1, anyRequestedFor(anyUrl()));
	}

	@Test
	void aBanThatSaysNothingOfItsEndLastsBinancesShortestBan() {
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS)).willReturn(aResponse().withStatus(418)));
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> this.venue.openOrders("LTCBTC"))
			.satisfies((ex) -> assertThat(ex.failure().until()).isEqualTo(START.plus(QUICK.banWithoutRetryAfter())));
	}

	@Test
	void aCallThatWouldCrossTheWeightLimitIsRefusedLocallyUntilTheNextMinute() {
		BinanceSpotVenue limited = StandIn.venue(BINANCE, this.clock,
				new BinanceLimits(QUICK.recvWindow(), QUICK.requestTimeout(), 30, 3, QUICK.firstRetry(),
						QUICK.longestRetry(), 3, QUICK.banWithoutRetryAfter()));
		// Binance counts weight from every connection of this IP, so its header is the
		// truth: 26 used, and an open-orders call weighs 6
		BINANCE.stubFor(get(urlPathEqualTo(OPEN_ORDERS))
			.willReturn(okJson(Recorded.read("open_orders_response.json")).withHeader("X-MBX-USED-WEIGHT-1M", "26")));
		assertThat(limited.openOrders("LTCBTC")).hasSize(1);
		assertThatExceptionOfType(VenueException.class).isThrownBy(() -> limited.openOrders("LTCBTC"))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.failure().until()).isEqualTo(START.plus(Duration.ofMinutes(1)));
			});
		BINANCE.verify(1, anyRequestedFor(anyUrl()));

		this.clock.advance(Duration.ofMinutes(1));
		assertThat(limited.openOrders("LTCBTC")).hasSize(1);
		BINANCE.verify(2, anyRequestedFor(anyUrl()));
	}

	private static void assertRefused(ThrowingCallable call, Kind kind) {
		assertThatExceptionOfType(VenueException.class).isThrownBy(call)
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
