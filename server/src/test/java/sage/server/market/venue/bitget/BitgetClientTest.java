package sage.server.market.venue.bitget;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
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

/**
 * Bitget (ticker and book through XChange, candles over direct REST) against WireMock
 * serving Bitget.Net's recorded v2 payloads.
 */
class BitgetClientTest {

	private static final String TICKERS = "/api/v2/spot/market/tickers";

	private static final String CANDLES = "/api/v2/spot/market/candles";

	private static final String BOOK = "/api/v2/spot/market/orderbook";

	private static final String NO_SUCH_SYMBOL = "{\"code\":\"40034\",\"msg\":\"Parameter NOPEUSDT does not exist\",\"requestTime\":1695808949356,\"data\":null}";

	@RegisterExtension
	static final WireMockExtension BITGET = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private BitgetClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(BITGET.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("bitget", Payloads.QUICK, Clock.systemUTC());
		this.client = BitgetClient.create(settings, this.policy, Clock.systemUTC());
	}

	@Test
	void readsTheTickerExactlyAsSent() {
		BITGET.stubFor(get(urlPathEqualTo(TICKERS)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.willReturn(okJson(Payloads.read("bitget/GetTickers.json"))));
		assertThat(this.client.quotes(List.of("BTCUSDT"))).singleElement().satisfies((quote) -> {
			assertThat(quote.price()).isEqualTo(new BigDecimal("34413.1"));
			assertThat(quote.previousClose()).isEqualTo(new BigDecimal("35134.2"));
			assertThat(quote.change()).isEqualTo(new BigDecimal("-721.1"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("0.069"));
			assertThat(quote.volume()).isEqualTo(new BigDecimal("0"));
			assertThat(quote.bid()).isEqualTo(new BigDecimal("0"));
			assertThat(quote.currency()).isEqualTo("USDT");
			assertThat(quote.time()).isEqualTo(Instant.ofEpochMilli(1625125755277L));
		});
	}

	@Test
	void readsCandlesCountingARepeatedOneOnce() {
		BITGET.stubFor(get(urlPathEqualTo(CANDLES)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.withQueryParam("granularity", equalTo("1Dutc"))
			.willReturn(okJson(Payloads.read("bitget/GetKlines.json"))));
		Instant to = Instant.parse("2022-07-01T00:00:00Z");
		List<RawBar> bars = this.client.bars("BTCUSDT", Timeframe.D1, Instant.parse("2022-06-01T00:00:00Z"), to);
		assertThat(bars).containsExactly(
				new RawBar(Instant.ofEpochMilli(1656604800000L), 37834.5, 37849.5, 37773.5, 37773.5, 428.3462));
		BITGET.verify(getRequestedFor(urlPathEqualTo(CANDLES))
			.withQueryParam("endTime", equalTo(String.valueOf(to.toEpochMilli() - 1)))
			.withQueryParam("limit", equalTo("1000")));
	}

	@Test
	void readsTheOrderBookExactlyAsSent() {
		BITGET.stubFor(get(urlPathEqualTo(BOOK)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.willReturn(okJson(Payloads.read("bitget/GetOrderBook.json"))));
		OrderBook book = this.client.orderBook("BTCUSDT", 1);
		assertThat(book.bids()).containsExactly(new OrderBook.Level(new BigDecimal("34567"), new BigDecimal("0.2917")));
		assertThat(book.asks())
			.containsExactly(new OrderBook.Level(new BigDecimal("34567.15"), new BigDecimal("0.0131")));
		assertThat(book.time()).isEqualTo(Instant.ofEpochMilli(1698303884584L));
	}

	@Test
	void retriesARateLimitThenAnswers() {
		BITGET.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Content-Type", "application/json")
				.withBody(
						"{\"code\":\"429\",\"msg\":\"Too Many Requests\",\"requestTime\":1695808949356,\"data\":null}"))
			.willSetStateTo("free"));
		BITGET.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("bitget/GetTickers.json"))));
		assertThat(this.client.quotes(List.of("BTCUSDT"))).hasSize(1);
		BITGET.verify(2, getRequestedFor(urlPathEqualTo(TICKERS)));
	}

	@Test
	void honoursRetryAfterOnTheDirectPath() {
		BITGET.stubFor(get(urlPathEqualTo(CANDLES)).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(429)
				.withHeader("Retry-After", "1")
				.withBody(
						"{\"code\":\"429\",\"msg\":\"Too Many Requests\",\"requestTime\":1695808949356,\"data\":null}"))
			.willSetStateTo("free"));
		BITGET.stubFor(get(urlPathEqualTo(CANDLES)).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("bitget/GetKlines.json"))));
		long started = System.nanoTime();
		assertThat(this.client.bars("BTCUSDT", Timeframe.D1, Instant.parse("2022-06-01T00:00:00Z"),
				Instant.parse("2022-07-01T00:00:00Z")))
			.hasSize(1);
		assertThat(System.nanoTime() - started).isGreaterThanOrEqualTo(1_000_000_000L);
	}

	@Test
	void retriesA5xxThenAnswers() {
		BITGET.stubFor(get(urlPathEqualTo(BOOK)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(500))
			.willSetStateTo("up"));
		BITGET.stubFor(get(urlPathEqualTo(BOOK)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("bitget/GetOrderBook.json"))));
		assertThat(this.client.orderBook("BTCUSDT", 10).bids()).hasSize(2);
		BITGET.verify(2, getRequestedFor(urlPathEqualTo(BOOK)));
	}

	@Test
	void classifiesATimeout() {
		BITGET.stubFor(get(urlPathEqualTo(TICKERS))
			.willReturn(okJson(Payloads.read("bitget/GetTickers.json")).withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		assertKind(Kind.TIMEOUT);
	}

	@Test
	void classifiesAConnectionResetOnBothPaths() {
		BITGET.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		BITGET.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertKind(Kind.CONNECTION);
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("BTCUSDT", Timeframe.D1, Instant.parse("2022-06-01T00:00:00Z"),
					Instant.parse("2022-07-01T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.CONNECTION));
	}

	@Test
	void classifiesTruncatedJson() {
		BITGET.stubFor(get(urlPathEqualTo(BOOK)).willReturn(okJson(Payloads.truncated("bitget/GetOrderBook.json"))));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.orderBook("BTCUSDT", 5))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void anUnknownSymbolIsNotFoundOnBothPaths() {
		BITGET.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(
				aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(NO_SUCH_SYMBOL)));
		BITGET.stubFor(get(urlPathEqualTo(CANDLES)).willReturn(
				aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(NO_SUCH_SYMBOL)));
		assertThat(this.client.quotes(List.of("NOPEUSDT"))).isEmpty();
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("NOPEUSDT", Timeframe.D1, Instant.parse("2024-01-01T00:00:00Z"),
					Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND))
			.withMessageContaining("40034");
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(TICKERS)));
		BITGET.verify(1, getRequestedFor(urlPathEqualTo(CANDLES)));
	}

	private void assertKind(Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BTCUSDT")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

}
