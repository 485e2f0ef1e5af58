package sage.server.market.venue.upbit;

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

/**
 * Upbit (tickers and book through XChange, candles over direct REST) against WireMock
 * serving recorded Upbit payloads.
 */
class UpbitClientTest {

	private static final String TICKER = "/v1/ticker";

	private static final String BOOK = "/v1/orderbook";

	private static final String CODE_NOT_FOUND = "{\"error\":{\"name\":404,\"message\":\"Code not found\"}}";

	@RegisterExtension
	static final WireMockExtension UPBIT = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private UpbitClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(UPBIT.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("upbit", Payloads.QUICK, Clock.systemUTC());
		this.client = UpbitClient.create(settings, this.policy, Clock.systemUTC());
	}

	@Test
	void readsSeveralTickersInOneCallExactlyAsSent() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-BTC,KRW-ETH"))
			.willReturn(okJson(Payloads.read("upbit/GetTickers.json"))));
		List<Quote> quotes = this.client.quotes(List.of("KRW-BTC", "KRW-ETH"));
		assertThat(quotes).extracting(Quote::venueSymbol).containsExactly("KRW-BTC", "KRW-ETH");
		assertThat(quotes.get(0)).satisfies((btc) -> {
			assertThat(btc.price()).isEqualTo(new BigDecimal("148601000.00000000"));
			assertThat(btc.previousClose()).isEqualTo(new BigDecimal("148737000.00000000"));
			assertThat(btc.change()).isEqualTo(new BigDecimal("-136000.00000000"));
			assertThat(btc.changePercent()).isEqualTo(new BigDecimal("-0.09143656"));
			assertThat(btc.volume()).isEqualTo(new BigDecimal("1198.26954807"));
			assertThat(btc.currency()).isEqualTo("KRW");
			assertThat(btc.time()).isEqualTo(Instant.ofEpochMilli(1751606040365L));
		});
		assertThat(quotes.get(1).price()).isEqualTo(new BigDecimal("3510000"));
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
	}

	@Test
	void readsCcxtsRecordedTicker() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER))
			.willReturn(okJson(Payloads.read("upbit/ccxt_fetchTicker_httpResponse.json"))));
		assertThat(this.client.quotes(List.of("USDT-BTC"))).singleElement().satisfies((quote) -> {
			assertThat(quote.price()).isEqualTo(new BigDecimal("73578.65500000"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("3.44811178"));
			assertThat(quote.currency()).isEqualTo("USDT");
		});
	}

	@Test
	void fallsBackToOneCallPerSymbolWhenOneIsUnknown() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-NOPE,KRW-BTC"))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody(CODE_NOT_FOUND)));
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-NOPE"))
			.willReturn(aResponse().withStatus(404)
				.withHeader("Content-Type", "application/json")
				.withBody(CODE_NOT_FOUND)));
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).withQueryParam("markets", equalTo("KRW-BTC"))
			.willReturn(okJson(Payloads.read("upbit/GetTickers.json"))));
		assertThat(this.client.quotes(List.of("KRW-NOPE", "KRW-BTC"))).extracting(Quote::venueSymbol)
			.contains("KRW-BTC");
		UPBIT.verify(3, getRequestedFor(urlPathEqualTo(TICKER)));
	}

	@Test
	void readsCandlesAtUpbitsMinuteUnits() {
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/minutes/60")).withQueryParam("market", equalTo("USDT-BTC"))
			.withQueryParam("to", equalTo("2024-03-13T12:00:00Z"))
			.withQueryParam("count", equalTo("200"))
			.willReturn(okJson(Payloads.read("upbit/ccxt_fetchOHLCV_httpResponse.json"))));
		List<RawBar> bars = this.client.bars("USDT-BTC", Timeframe.H1, Instant.parse("2024-03-13T00:00:00Z"),
				Instant.parse("2024-03-13T12:00:00Z"));
		assertThat(bars).containsExactly(new RawBar(Instant.parse("2024-03-13T11:00:00Z"), 72738.58583492, 73578.657,
				72738.58583492, 73578.655, 0.02284923));
	}

	@Test
	void asksForDaysAndWeeksAtUpbitsDocumentedPaths() {
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/days")).willReturn(okJson("[]")));
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/weeks")).willReturn(okJson("[]")));
		Instant from = Instant.parse("2024-01-01T00:00:00Z");
		Instant to = Instant.parse("2024-03-01T00:00:00Z");
		assertThat(this.client.bars("KRW-BTC", Timeframe.D1, from, to)).isEmpty();
		assertThat(this.client.bars("KRW-BTC", Timeframe.W1, from, to)).isEmpty();
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo("/v1/candles/days")));
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo("/v1/candles/weeks")));
	}

	@Test
	void readsTheOrderBookExactlyAsSent() {
		UPBIT.stubFor(get(urlPathEqualTo(BOOK)).withQueryParam("markets", equalTo("KRW-BTC"))
			.willReturn(okJson(Payloads.read("upbit/GetOrderBook.json"))));
		OrderBook book = this.client.orderBook("KRW-BTC", 2);
		assertThat(book.bids()).containsExactly(level("148490000", "0.04296774"), level("148480000", "0.00336561"));
		assertThat(book.asks()).containsExactly(level("148520000", "0.0134662"), level("148590000", "0.00075646"));
		assertThat(book.time()).isEqualTo(Instant.ofEpochMilli(1751606867762L));
	}

	@Test
	void retriesA429ThenAnswers() {
		UPBIT.stubFor(get(urlPathEqualTo(BOOK)).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"error\":{\"name\":\"too_many_requests\",\"message\":\"Too many API requests.\"}}"))
			.willSetStateTo("free"));
		UPBIT.stubFor(get(urlPathEqualTo(BOOK)).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("upbit/GetOrderBook.json"))));
		assertThat(this.client.orderBook("KRW-BTC", 5).bids()).hasSize(5);
		UPBIT.verify(2, getRequestedFor(urlPathEqualTo(BOOK)));
	}

	@Test
	void aLasting429IsRateLimitedNotMalformed() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withStatus(429)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"name\":\"too_many_requests\",\"message\":\"Too many API requests.\"}}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("KRW-BTC")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED))
			.withMessageContaining("too_many_requests");
	}

	@Test
	void aBlockSaidInJsonHonoursItsRetryAfter() {
		UPBIT.stubFor(get(urlPathEqualTo(BOOK)).willReturn(aResponse().withStatus(418)
			.withHeader("Retry-After", "300")
			.withHeader("Content-Type", "application/json")
			.withBody("{\"error\":{\"name\":\"too_many_requests\",\"message\":\"blocked\"}}")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.orderBook("KRW-BTC", 5))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(5)));
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo(BOOK)));
	}

	@Test
	void aBlockBlocksWithoutCallingAgain() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withStatus(418)));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("KRW-BTC")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).isEqualTo(UpbitErrors.BAN_WITHOUT_RETRY_AFTER);
			});
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("KRW-BTC", Timeframe.D1, Instant.parse("2024-01-01T00:00:00Z"),
					Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED));
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
		UPBIT.verify(0, getRequestedFor(urlPathEqualTo("/v1/candles/days")));
	}

	@Test
	void retriesA5xxThenAnswers() {
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/minutes/60")).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(503))
			.willSetStateTo("up"));
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/minutes/60")).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("upbit/ccxt_fetchOHLCV_httpResponse.json"))));
		assertThat(this.client.bars("USDT-BTC", Timeframe.H1, Instant.parse("2024-03-13T00:00:00Z"),
				Instant.parse("2024-03-13T12:00:00Z")))
			.hasSize(1);
	}

	@Test
	void classifiesATimeout() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER))
			.willReturn(okJson(Payloads.read("upbit/GetTickers.json")).withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		assertKind(Kind.TIMEOUT);
	}

	@Test
	void classifiesAConnectionReset() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertKind(Kind.CONNECTION);
	}

	@Test
	void classifiesTruncatedJsonOnBothPaths() {
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).willReturn(okJson(Payloads.truncated("upbit/GetTickers.json"))));
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/minutes/60"))
			.willReturn(okJson(Payloads.truncated("upbit/ccxt_fetchOHLCV_httpResponse.json"))));
		assertKind(Kind.MALFORMED);
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("USDT-BTC", Timeframe.H1, Instant.parse("2024-03-13T00:00:00Z"),
					Instant.parse("2024-03-13T12:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void anUnknownMarketIsNotFound() {
		UPBIT.stubFor(get(urlPathEqualTo("/v1/candles/days")).willReturn(
				aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(CODE_NOT_FOUND)));
		UPBIT.stubFor(get(urlPathEqualTo(TICKER)).willReturn(
				aResponse().withStatus(404).withHeader("Content-Type", "application/json").withBody(CODE_NOT_FOUND)));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("KRW-NOPE", Timeframe.D1, Instant.parse("2024-01-01T00:00:00Z"),
					Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND))
			.withMessageContaining("Code not found");
		assertThat(this.client.quotes(List.of("KRW-NOPE"))).isEmpty();
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo("/v1/candles/days")));
		UPBIT.verify(1, getRequestedFor(urlPathEqualTo(TICKER)));
	}

	private void assertKind(Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("KRW-BTC")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

	private static OrderBook.Level level(String price, String quantity) {
		return new OrderBook.Level(new BigDecimal(price), new BigDecimal(quantity));
	}

}
