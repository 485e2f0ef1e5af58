package sage.server.market.venue.binance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import sage.engine.series.Timeframe;
import sage.server.market.provider.OrderBook;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.ExchangeSettings;
import sage.server.market.venue.Payloads;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Binance through XChange against WireMock serving Binance's documented payloads. */
class BinanceClientTest {

	@RegisterExtension
	static final WireMockExtension BINANCE = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private BinanceClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(BINANCE.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("binance", Payloads.QUICK, Clock.systemUTC());
		this.client = BinanceClient.create(settings, this.policy, Clock.systemUTC());
	}

	@Test
	void readsTheTickerExactlyAsSent() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).withQueryParam("symbol", equalTo("BNBBTC"))
			.willReturn(okJson(Payloads.read("binance/ticker_24hr_response.json"))));
		List<Quote> quotes = this.client.quotes(List.of("BNBBTC"));
		assertThat(quotes).singleElement().satisfies((quote) -> {
			assertThat(quote.venueSymbol()).isEqualTo("BNBBTC");
			assertThat(quote.price()).isEqualTo(new BigDecimal("4.00000200"));
			assertThat(quote.previousClose()).isEqualTo(new BigDecimal("0.10002000"));
			assertThat(quote.change()).isEqualTo(new BigDecimal("-94.99999800"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("-95.960"));
			assertThat(quote.volume()).isEqualTo(new BigDecimal("8913.30000000"));
			assertThat(quote.bid()).isEqualTo(new BigDecimal("4.00000000"));
			assertThat(quote.ask()).isEqualTo(new BigDecimal("4.00000200"));
			assertThat(quote.currency()).isEqualTo("BTC");
			assertThat(quote.time()).isEqualTo(Instant.ofEpochMilli(1499869899040L));
		});
	}

	@Test
	void readsKlines() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/klines")).withQueryParam("symbol", equalTo("BNBBTC"))
			.withQueryParam("interval", equalTo("1d"))
			.willReturn(okJson(Payloads.read("binance/klines_response.json"))));
		List<RawBar> bars = this.client.bars("BNBBTC", Timeframe.D1, Instant.parse("2017-07-01T00:00:00Z"),
				Instant.parse("2017-07-10T00:00:00Z"));
		assertThat(bars).containsExactly(new RawBar(Instant.parse("2017-07-03T00:00:00Z"), 0.01634790, 0.80000000,
				0.01575800, 0.01577100, 148976.11427815));
		BINANCE.verify(
				getRequestedFor(urlPathEqualTo("/api/v3/klines")).withQueryParam("startTime", equalTo("1498867200000"))
					.withQueryParam("endTime", equalTo("1499644799999"))
					.withQueryParam("limit", equalTo("1000")));
	}

	@Test
	void pagesKlinesUntilAShortPage() {
		// a full page of 1000 is derived from the recorded kline by shifting its open
		// time;
		// the short second page is the recorded payload itself
		String row = "[%d,\"0.01634790\",\"0.80000000\",\"0.01575800\",\"0.01577100\",\"148976.11427815\","
				+ "1499644799999,\"2434.19055334\",308,\"1756.87402397\",\"28.46694368\",\"0\"]";
		long first = Instant.parse("2014-09-26T00:00:00Z").toEpochMilli();
		long day = Duration.ofDays(1).toMillis();
		StringBuilder page = new StringBuilder("[");
		for (int i = 0; i < 1000; i++) {
			page.append((i > 0) ? "," : "").append(row.formatted(first + i * day));
		}
		page.append("]");
		long afterPage = first + 999 * day + 1;
		BINANCE
			.stubFor(get(urlPathEqualTo("/api/v3/klines")).withQueryParam("startTime", equalTo(String.valueOf(first)))
				.willReturn(okJson(page.toString())));
		BINANCE.stubFor(
				get(urlPathEqualTo("/api/v3/klines")).withQueryParam("startTime", equalTo(String.valueOf(afterPage)))
					.willReturn(okJson(Payloads.read("binance/klines_response.json"))));
		List<RawBar> bars = this.client.bars("BNBBTC", Timeframe.D1, Instant.ofEpochMilli(first),
				Instant.parse("2017-07-10T00:00:00Z"));
		assertThat(bars).hasSize(1001);
		assertThat(bars.get(999).openTime()).isEqualTo(Instant.ofEpochMilli(first + 999 * day));
		assertThat(bars.get(1000).openTime()).isEqualTo(Instant.parse("2017-07-03T00:00:00Z"));
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/klines")));
	}

	@Test
	void readsTheOrderBookExactlyAsSent() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/depth")).withQueryParam("symbol", equalTo("BNBBTC"))
			.withQueryParam("limit", equalTo("5"))
			.willReturn(okJson(Payloads.read("binance/depth_response.json"))));
		OrderBook book = this.client.orderBook("BNBBTC", 5);
		assertThat(book.bids())
			.containsExactly(new OrderBook.Level(new BigDecimal("4.00000000"), new BigDecimal("431.00000000")));
		assertThat(book.asks())
			.containsExactly(new OrderBook.Level(new BigDecimal("4.00000200"), new BigDecimal("12.00000000")));
	}

	@Test
	void waitsWhatA429AsksThenAnswers() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"code\":-1003,\"msg\":\"Too many requests; current limit of IP is 6000 requests per minute.\"}"))
			.willSetStateTo("free"));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("binance/ticker_24hr_response.json"))));
		long started = System.nanoTime();
		assertThat(this.client.quotes(List.of("BNBBTC"))).hasSize(1);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/ticker/24hr")));
	}

	@Test
	void anIpBanBlocksForLongWithoutCallingAgain() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).willReturn(aResponse().withStatus(418)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1659146400000.\"}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BNBBTC")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).isEqualTo(BinanceErrors.BAN_WITHOUT_RETRY_AFTER);
			});
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BNBBTC")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED));
		BINANCE.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/ticker/24hr")));
		assertThat(this.policy.status().blockedUntil()).isAfter(Instant.now().plusSeconds(60));
	}

	@Test
	void anIpBanHonoursItsRetryAfter() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/klines")).willReturn(aResponse().withStatus(418)
			.withHeader("Retry-After", "600")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":-1003,\"msg\":\"Way too many requests; IP banned until 1659146400000.\"}")));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("BNBBTC", Timeframe.D1, Instant.parse("2017-07-01T00:00:00Z"),
					Instant.parse("2017-07-10T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(10)));
	}

	@Test
	void retriesA5xxThenAnswers() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/depth")).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(502).withBody("<html>Bad Gateway</html>"))
			.willSetStateTo("up"));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/depth")).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("binance/depth_response.json"))));
		assertThat(this.client.orderBook("BNBBTC", 10).bids()).hasSize(1);
		BINANCE.verify(2, getRequestedFor(urlPathEqualTo("/api/v3/depth")));
	}

	@Test
	void classifiesATimeout() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr"))
			.willReturn(okJson(Payloads.read("binance/ticker_24hr_response.json"))
				.withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		assertKind(Kind.TIMEOUT);
	}

	@Test
	void classifiesAConnectionReset() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr"))
			.willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertKind(Kind.CONNECTION);
	}

	@Test
	void classifiesTruncatedJson() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr"))
			.willReturn(okJson(Payloads.truncated("binance/ticker_24hr_response.json"))));
		assertKind(Kind.MALFORMED);
		BINANCE.verify(3, getRequestedFor(urlPathEqualTo("/api/v3/ticker/24hr")));
	}

	@Test
	void anInvalidSymbolIsNotFoundAndNotRetried() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/klines")).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.bars("NOPEUSDT", Timeframe.D1,
				Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND);
				assertThat(ex).hasMessageContaining("-1121").hasMessageContaining("Invalid symbol.");
			});
		BINANCE.verify(1, getRequestedFor(urlPathEqualTo("/api/v3/klines")));
	}

	@Test
	void leavesAnUnknownSymbolOutOfQuotes() {
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).withQueryParam("symbol", equalTo("NOPEUSDT"))
			.willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"code\":-1121,\"msg\":\"Invalid symbol.\"}")));
		BINANCE.stubFor(get(urlPathEqualTo("/api/v3/ticker/24hr")).withQueryParam("symbol", equalTo("BNBBTC"))
			.willReturn(okJson(Payloads.read("binance/ticker_24hr_response.json"))));
		assertThat(this.client.quotes(List.of("NOPEUSDT", "BNBBTC"))).extracting(Quote::venueSymbol)
			.containsExactly("BNBBTC");
	}

	@Test
	void asksForTheLeastDepthBinanceAcceptsThatCoversTheRequest() {
		assertThat(BinanceClient.depthLimit(1)).isEqualTo(5);
		assertThat(BinanceClient.depthLimit(20)).isEqualTo(20);
		assertThat(BinanceClient.depthLimit(21)).isEqualTo(50);
		assertThat(BinanceClient.depthLimit(9_999)).isEqualTo(5000);
	}

	@Test
	void runsOnlyUnderItsOwnProvidersPolicy() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(BINANCE.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		assertThatIllegalArgumentException().isThrownBy(() -> BinanceClient.create(settings,
				new UpstreamPolicy("okx", Payloads.QUICK, Clock.systemUTC()), Clock.systemUTC()));
	}

	private void assertKind(Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BNBBTC")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
