package sage.server.market.venue.okx;

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

/** OKX through XChange against WireMock serving recorded OKX v5 payloads. */
class OkxClientTest {

	private static final String TICKER = "/api/v5/market/ticker";

	private static final String CANDLES = "/api/v5/market/history-candles";

	private static final String BOOKS = "/api/v5/market/books";

	@RegisterExtension
	static final WireMockExtension OKX = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private OkxClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(OKX.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("okx", Payloads.QUICK, Clock.systemUTC());
		this.client = OkxClient.create(settings, this.policy, Clock.systemUTC());
	}

	@Test
	void readsTheTickerExactlyAsSent() {
		OKX.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("instId", equalTo("BTC-USDT"))
			.willReturn(okJson(Payloads.read("okx/GetTicker.json"))));
		assertThat(this.client.quotes(List.of("BTC-USDT"))).singleElement().satisfies((quote) -> {
			assertThat(quote.venueSymbol()).isEqualTo("BTC-USDT");
			assertThat(quote.price()).isEqualTo(new BigDecimal("9999.99"));
			assertThat(quote.previousClose()).isEqualTo(new BigDecimal("9000"));
			assertThat(quote.change()).isEqualTo(new BigDecimal("999.99"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("11.1110"));
			assertThat(quote.volume()).isEqualTo(new BigDecimal("2222"));
			assertThat(quote.bid()).isEqualTo(new BigDecimal("8888.88"));
			assertThat(quote.ask()).isEqualTo(new BigDecimal("9999.99"));
			assertThat(quote.currency()).isEqualTo("USDT");
			assertThat(quote.time()).isEqualTo(Instant.ofEpochMilli(1597026383085L));
		});
	}

	@Test
	void readsCandlesOldestFirst() {
		OKX.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(Payloads.read("okx/http_get_candlesticks.json"))));
		Instant to = Instant.parse("2021-07-01T00:02:00Z");
		List<RawBar> bars = this.client.bars("BTC-USDT", Timeframe.M1, Instant.parse("2021-07-01T00:00:00Z"), to);
		assertThat(bars).containsExactly(
				new RawBar(Instant.parse("2021-07-01T00:00:00Z"), 33528.6, 33870.0, 33528.6, 33783.9, 778.838),
				new RawBar(Instant.parse("2021-07-01T00:01:00Z"), 33783.9, 33783.9, 33782.1, 33782.1, 0.123));
		OKX.verify(getRequestedFor(urlPathEqualTo(CANDLES)).withQueryParam("instId", equalTo("BTC-USDT"))
			.withQueryParam("bar", equalTo("1m"))
			.withQueryParam("after", equalTo(String.valueOf(to.toEpochMilli())))
			.withQueryParam("limit", equalTo("100")));
	}

	@Test
	void asksForUtcAlignedDays() {
		OKX.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(okJson(Payloads.read("okx/http_get_candlesticks.json"))));
		this.client.bars("BTC-USDT", Timeframe.D1, Instant.parse("2021-06-01T00:00:00Z"),
				Instant.parse("2021-07-02T00:00:00Z"));
		OKX.verify(getRequestedFor(urlPathEqualTo(CANDLES)).withQueryParam("bar", equalTo("1Dutc")));
	}

	@Test
	void pagesBackwardsUntilTheStart() {
		// a full page of 100 (newest first, as OKX sends them) derived from the recorded
		// candle row by shifting its time; the page before it is the recorded payload
		String row = "[\"%d\",\"33528.6\",\"33870.0\",\"33528.6\",\"33783.9\",\"778.838\",\"0\",\"0\",\"0\"]";
		long minute = Duration.ofMinutes(1).toMillis();
		long newest = Instant.parse("2021-07-01T01:41:00Z").toEpochMilli();
		StringBuilder page = new StringBuilder("{\"code\":\"0\",\"msg\":\"\",\"data\":[");
		for (int i = 0; i < 100; i++) {
			page.append((i > 0) ? "," : "").append(row.formatted(newest - i * minute));
		}
		page.append("]}");
		long oldestOfPage = newest - 99 * minute;
		Instant to = Instant.ofEpochMilli(newest + minute);
		OKX.stubFor(get(urlPathEqualTo(CANDLES)).withQueryParam("after", equalTo(String.valueOf(to.toEpochMilli())))
			.willReturn(okJson(page.toString())));
		OKX.stubFor(get(urlPathEqualTo(CANDLES)).withQueryParam("after", equalTo(String.valueOf(oldestOfPage)))
			.willReturn(okJson(Payloads.read("okx/http_get_candlesticks.json"))));
		List<RawBar> bars = this.client.bars("BTC-USDT", Timeframe.M1, Instant.parse("2021-07-01T00:00:00Z"), to);
		assertThat(bars).hasSize(102);
		assertThat(bars.get(0).openTime()).isEqualTo(Instant.parse("2021-07-01T00:00:00Z"));
		assertThat(bars.get(101).openTime()).isEqualTo(Instant.ofEpochMilli(newest));
		OKX.verify(2, getRequestedFor(urlPathEqualTo(CANDLES)));
	}

	@Test
	void readsTheOrderBookExactlyAsSent() {
		OKX.stubFor(get(urlPathEqualTo(BOOKS)).withQueryParam("instId", equalTo("BTC-USDT"))
			.willReturn(okJson(Payloads.read("okx/http_get_order_book.json"))));
		OrderBook book = this.client.orderBook("BTC-USDT", 2);
		assertThat(book.bids()).containsExactly(level("41006.7", "0.48792100"), level("41006.6", "0.23970000"));
		assertThat(book.asks()).containsExactly(level("41006.8", "0.60038921"), level("41006.9", "0.30178218"));
		assertThat(book.time()).isEqualTo(Instant.ofEpochMilli(1704067200000L));
	}

	@Test
	void retriesARateLimitThenAnswers() {
		OKX.stubFor(get(urlPathEqualTo(TICKER)).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}"))
			.willSetStateTo("free"));
		OKX.stubFor(get(urlPathEqualTo(TICKER)).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("okx/GetTicker.json"))));
		assertThat(this.client.quotes(List.of("BTC-USDT"))).hasSize(1);
		OKX.verify(2, getRequestedFor(urlPathEqualTo(TICKER)));
	}

	@Test
	void givesUpOnARateLimitThatLasts() {
		OKX.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"msg\":\"Too Many Requests\",\"code\":\"50011\"}")));
		assertKind(Kind.RATE_LIMITED);
		OKX.verify(3, getRequestedFor(urlPathEqualTo(TICKER)));
	}

	@Test
	void retriesA5xxThenAnswers() {
		OKX.stubFor(get(urlPathEqualTo(BOOKS)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		OKX.stubFor(get(urlPathEqualTo(BOOKS)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("okx/http_get_order_book.json"))));
		assertThat(this.client.orderBook("BTC-USDT", 20).asks()).hasSize(3);
		OKX.verify(2, getRequestedFor(urlPathEqualTo(BOOKS)));
	}

	@Test
	void classifiesATimeout() {
		OKX.stubFor(get(urlPathEqualTo(TICKER))
			.willReturn(okJson(Payloads.read("okx/GetTicker.json")).withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		assertKind(Kind.TIMEOUT);
	}

	@Test
	void classifiesAConnectionReset() {
		OKX.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertKind(Kind.CONNECTION);
	}

	@Test
	void classifiesTruncatedJson() {
		OKX.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(Payloads.truncated("okx/GetTicker.json"))));
		assertKind(Kind.MALFORMED);
	}

	@Test
	void anUnknownInstrumentIsNotFoundWhetherSentWith400Or200() {
		String body = "{\"code\":\"51001\",\"msg\":\"Instrument ID does not exist\",\"data\":[]}";
		OKX.stubFor(get(urlPathEqualTo(CANDLES))
			.willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(body)));
		OKX.stubFor(get(urlPathEqualTo(BOOKS)).willReturn(okJson(body)));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("NOPE-USDT", Timeframe.D1, Instant.parse("2024-01-01T00:00:00Z"),
					Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND))
			.withMessageContaining("51001");
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.orderBook("NOPE-USDT", 5))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(CANDLES)));
		OKX.verify(1, getRequestedFor(urlPathEqualTo(BOOKS)));
	}

	private void assertKind(Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BTC-USDT")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

	private static OrderBook.Level level(String price, String quantity) {
		return new OrderBook.Level(new BigDecimal(price), new BigDecimal(quantity));
	}

}
