package sage.server.market.venue.bybit;

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

/**
 * Bybit (tickers through XChange, klines and book over direct REST) against WireMock
 * serving recorded Bybit v5 payloads.
 */
class BybitClientTest {

	private static final String TICKERS = "/v5/market/tickers";

	private static final String KLINE = "/v5/market/kline";

	private static final String BOOK = "/v5/market/orderbook";

	private static final String NOT_SUPPORTED = "{\"retCode\":10001,\"retMsg\":\"Not supported symbols\",\"result\":{},\"retExtInfo\":{},\"time\":1673859087947}";

	@RegisterExtension
	static final WireMockExtension BYBIT = WireMockExtension.newInstance()
		.options(wireMockConfig().dynamicPort())
		.build();

	private BybitClient client;

	private UpstreamPolicy policy;

	@BeforeEach
	void connect() {
		ExchangeSettings settings = new ExchangeSettings(true, URI.create(BYBIT.baseUrl()), null, null,
				Payloads.QUICK.timeout());
		this.policy = new UpstreamPolicy("bybit", Payloads.QUICK, Clock.systemUTC());
		this.client = BybitClient.create(settings, this.policy, Clock.systemUTC());
	}

	@Test
	void readsTheSpotTickerExactlyAsSent() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).withQueryParam("category", equalTo("spot"))
			.withQueryParam("symbol", equalTo("BTCUSDT"))
			.willReturn(okJson(Payloads.read("bybit/GetSpotTickers.json"))));
		assertThat(this.client.quotes(List.of("BTCUSDT"))).singleElement().satisfies((quote) -> {
			assertThat(quote.price()).isEqualTo(new BigDecimal("20533.13"));
			assertThat(quote.previousClose()).isEqualTo(new BigDecimal("20393.48"));
			assertThat(quote.change()).isEqualTo(new BigDecimal("139.65"));
			assertThat(quote.changePercent()).isEqualTo(new BigDecimal("0.68"));
			assertThat(quote.volume()).isEqualTo(new BigDecimal("11801.27771"));
			assertThat(quote.bid()).isEqualTo(new BigDecimal("20517.96"));
			assertThat(quote.ask()).isEqualTo(new BigDecimal("20527.77"));
			assertThat(quote.currency()).isEqualTo("USDT");
			assertThat(quote.time()).isEqualTo(Instant.ofEpochMilli(1673859087947L));
		});
	}

	@Test
	void readsKlinesOldestFirst() {
		BYBIT.stubFor(get(urlPathEqualTo(KLINE)).withQueryParam("category", equalTo("spot"))
			.withQueryParam("symbol", equalTo("BTCUSDT"))
			.withQueryParam("interval", equalTo("60"))
			.willReturn(okJson(Payloads.read("bybit/GetKlines.json"))));
		Instant from = Instant.parse("2022-12-09T00:00:00Z");
		Instant to = Instant.parse("2022-12-10T00:00:00Z");
		List<RawBar> bars = this.client.bars("BTCUSDT", Timeframe.H1, from, to);
		assertThat(bars).containsExactly(
				new RawBar(Instant.ofEpochMilli(1670601600000L), 17086.5, 17088, 16978, 17071.5, 6356),
				new RawBar(Instant.ofEpochMilli(1670605200000L), 17071.5, 17071.5, 17061, 17071, 4177),
				new RawBar(Instant.ofEpochMilli(1670608800000L), 17071, 17073, 17027, 17055.5, 268611));
		BYBIT.verify(getRequestedFor(urlPathEqualTo(KLINE))
			.withQueryParam("start", equalTo(String.valueOf(from.toEpochMilli())))
			.withQueryParam("end", equalTo(String.valueOf(to.toEpochMilli() - 1)))
			.withQueryParam("limit", equalTo("1000")));
	}

	@Test
	void readsAKlineOfTheLinearSample() {
		BYBIT
			.stubFor(get(urlPathEqualTo(KLINE)).willReturn(okJson(Payloads.read("bybit/http_get_klines_linear.json"))));
		assertThat(this.client.bars("BTCUSDT", Timeframe.M1, Instant.parse("2024-03-08T09:54:00Z"),
				Instant.parse("2024-03-08T09:56:00Z")))
			.containsExactly(new RawBar(Instant.ofEpochMilli(1709891679000L), 27450, 27460, 27440, 27455, 123.45));
	}

	@Test
	void readsTheOrderBookExactlyAsSent() {
		BYBIT.stubFor(get(urlPathEqualTo(BOOK)).withQueryParam("symbol", equalTo("BTCUSDT"))
			.withQueryParam("limit", equalTo("2"))
			.willReturn(okJson(Payloads.read("bybit/http_get_orderbook.json"))));
		OrderBook book = this.client.orderBook("BTCUSDT", 2);
		assertThat(book.bids()).containsExactly(level("27450.50", "1.500"), level("27450.00", "2.000"));
		assertThat(book.asks()).containsExactly(level("27451.00", "1.200"), level("27451.50", "3.000"));
		assertThat(book.time()).isEqualTo(Instant.ofEpochMilli(1709891679000L));
	}

	@Test
	void waitsForTheLimitResetBybitNames() {
		long reset = Instant.now().plusMillis(800).toEpochMilli();
		BYBIT.stubFor(get(urlPathEqualTo(BOOK)).inScenario("limited")
			.whenScenarioStateIs(STARTED)
			.willReturn(okJson(
					"{\"retCode\":10006,\"retMsg\":\"Too many visits!\",\"result\":{},\"retExtInfo\":{},\"time\":1}")
				.withHeader("X-Bapi-Limit-Reset-Timestamp", String.valueOf(reset)))
			.willSetStateTo("free"));
		BYBIT.stubFor(get(urlPathEqualTo(BOOK)).inScenario("limited")
			.whenScenarioStateIs("free")
			.willReturn(okJson(Payloads.read("bybit/http_get_orderbook.json"))));
		assertThat(this.client.orderBook("BTCUSDT", 5).bids()).hasSize(3);
		assertThat(Instant.now()).isAfterOrEqualTo(Instant.ofEpochMilli(reset));
		BYBIT.verify(2, getRequestedFor(urlPathEqualTo(BOOK)));
	}

	@Test
	void anIpBanBlocksForTenMinutes() {
		BYBIT.stubFor(get(urlPathEqualTo(KLINE))
			.willReturn(aResponse().withStatus(403).withBody("<html>403 Forbidden</html>")));
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS))
			.willReturn(aResponse().withStatus(403).withBody("<html>403 Forbidden</html>")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.bars("BTCUSDT", Timeframe.D1,
				Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.RATE_LIMITED);
				assertThat(ex.retryAfter()).isEqualTo(BybitErrors.IP_BAN);
			});
		// the XChange path is blocked too: one policy guards the venue
		assertKind(Kind.RATE_LIMITED);
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(KLINE)));
		BYBIT.verify(0, getRequestedFor(urlPathEqualTo(TICKERS)));
	}

	@Test
	void theXchangePathReadsAnIpBanToo() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS))
			.willReturn(aResponse().withStatus(403).withBody("<html>403 Forbidden</html>")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BTCUSDT")))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(10)));
	}

	@Test
	void retriesA5xxThenAnswers() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("flaky")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(502))
			.willSetStateTo("up"));
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).inScenario("flaky")
			.whenScenarioStateIs("up")
			.willReturn(okJson(Payloads.read("bybit/GetSpotTickers.json"))));
		assertThat(this.client.quotes(List.of("BTCUSDT"))).hasSize(1);
		BYBIT.verify(2, getRequestedFor(urlPathEqualTo(TICKERS)));
	}

	@Test
	void classifiesATimeoutOnBothPaths() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(
				okJson(Payloads.read("bybit/GetSpotTickers.json")).withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		BYBIT.stubFor(get(urlPathEqualTo(BOOK)).willReturn(
				okJson(Payloads.read("bybit/http_get_orderbook.json")).withFixedDelay(Payloads.SLOWER_THAN_TIMEOUT)));
		assertKind(Kind.TIMEOUT);
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.orderBook("BTCUSDT", 5))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.TIMEOUT));
	}

	@Test
	void classifiesAConnectionReset() {
		BYBIT.stubFor(get(urlPathEqualTo(BOOK)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.orderBook("BTCUSDT", 5))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.CONNECTION));
	}

	@Test
	void classifiesTruncatedJsonOnBothPaths() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(okJson(Payloads.truncated("bybit/GetSpotTickers.json"))));
		BYBIT.stubFor(get(urlPathEqualTo(KLINE)).willReturn(okJson(Payloads.truncated("bybit/GetKlines.json"))));
		assertKind(Kind.MALFORMED);
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("BTCUSDT", Timeframe.H1, Instant.parse("2022-12-09T00:00:00Z"),
					Instant.parse("2022-12-10T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
	}

	@Test
	void anUnsupportedSymbolIsNotFoundOnBothPaths() {
		BYBIT.stubFor(get(urlPathEqualTo(TICKERS)).willReturn(okJson(NOT_SUPPORTED)));
		BYBIT.stubFor(get(urlPathEqualTo(KLINE)).willReturn(okJson(NOT_SUPPORTED)));
		assertThat(this.client.quotes(List.of("NOPEUSDT"))).isEmpty();
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.client.bars("NOPEUSDT", Timeframe.D1, Instant.parse("2024-01-01T00:00:00Z"),
					Instant.parse("2024-01-02T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND))
			.withMessageContaining("10001");
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(TICKERS)));
		BYBIT.verify(1, getRequestedFor(urlPathEqualTo(KLINE)));
	}

	private void assertKind(Kind kind) {
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.client.quotes(List.of("BTCUSDT")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(kind));
	}

	private static OrderBook.Level level(String price, String quantity) {
		return new OrderBook.Level(new BigDecimal(price), new BigDecimal(quantity));
	}

}
