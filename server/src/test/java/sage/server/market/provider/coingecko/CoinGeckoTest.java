package sage.server.market.provider.coingecko;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.ProviderFaultsContract;
import sage.server.market.provider.ProviderProperties.Upstream.KeyPlan;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.RecordedPayloads;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.TrendingEntry;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

/**
 * CoinGecko against a stand-in serving the JKorf CoinGecko.Net samples
 * (src/test/resources/market/providers/coingecko, see its PROVENANCE.md).
 */
class CoinGeckoTest extends ProviderFaultsContract {

	/** A day after the recorded OHLC rows, so that they lie in the last 7 days. */
	private static final Clock OHLC_DAY = Clock.fixed(Instant.parse("2024-03-03T12:00:00Z"), ZoneOffset.UTC);

	private UpstreamHttp http;

	private CoinGecko coinGecko;

	@Override
	protected String providerName() {
		return CoinGecko.NAME;
	}

	@Override
	protected void connect(UpstreamHttp http, URI baseUrl) {
		this.http = http;
		this.coinGecko = new CoinGecko(http, baseUrl, Map.of(), OHLC_DAY);
	}

	@Override
	protected String faultPath() {
		return "/coins/markets";
	}

	@Override
	protected byte[] recordedBody() {
		return RecordedPayloads.coinGecko("GetMarkets.txt");
	}

	@Override
	protected Object call() {
		return this.coinGecko.quotes(List.of("bitcoin"));
	}

	@Override
	protected void assertRecordedAnswer(Object answer) {
		assertThat(answer).asInstanceOf(list(Quote.class))
			.containsExactly(new Quote("bitcoin", new BigDecimal("70187"), new BigDecimal("68060.12"),
					new BigDecimal("2126.88"), new BigDecimal("3.12502"), new BigDecimal("20154184933"), null, null,
					"USD", Instant.parse("2024-04-07T16:49:31.736Z")));
	}

	@Test
	void asksForMarketsInUsDollarsWithFullPrecision() {
		this.server.stubFor(get(urlPathEqualTo("/coins/markets")).willReturn(recorded()));
		this.coinGecko.quotes(List.of("bitcoin", "ethereum"));
		this.server
			.verify(getRequestedFor(urlPathEqualTo("/coins/markets")).withQueryParam("vs_currency", equalTo("usd"))
				.withQueryParam("ids", equalTo("bitcoin,ethereum"))
				.withQueryParam("precision", equalTo("full"))
				.withHeader("x-cg-demo-api-key", absent())
				.withHeader("x-cg-pro-api-key", absent()));
	}

	@Test
	void sendsADemoOrProKeyInItsOwnHeaderAndNeverInAMessage() {
		this.server.stubFor(get(urlPathEqualTo("/coins/markets")).willReturn(recorded()));
		new CoinGecko(this.http, baseUrl(), CoinGecko.keyHeader(KeyPlan.DEMO, "CG-demo-test-key-0001"), OHLC_DAY)
			.quotes(List.of("bitcoin"));
		this.server.verify(getRequestedFor(urlPathEqualTo("/coins/markets")).withHeader("x-cg-demo-api-key",
				equalTo("CG-demo-test-key-0001")));
		this.server.stubFor(get(urlPathEqualTo("/coins/markets")).willReturn(aResponse().withStatus(401)
			.withBody("{\"status\":{\"error_code\":10002,\"error_message\":\"API Key Missing\"}}")));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> new CoinGecko(this.http, baseUrl(),
					CoinGecko.keyHeader(KeyPlan.PRO, "CG-pro-test-key-0002"), OHLC_DAY)
				.quotes(List.of("bitcoin")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.UNAUTHORIZED);
				assertThat(ex).hasMessageNotContaining("CG-pro-test-key-0002");
			});
		this.server.verify(getRequestedFor(urlPathEqualTo("/coins/markets")).withHeader("x-cg-pro-api-key",
				equalTo("CG-pro-test-key-0002")));
		assertThat(CoinGecko.baseUrl(KeyPlan.PRO)).isEqualTo("https://pro-api.coingecko.com/api/v3");
		assertThat(CoinGecko.baseUrl(KeyPlan.DEMO)).isEqualTo("https://api.coingecko.com/api/v3");
		assertThat(CoinGecko.keyHeader(KeyPlan.PRO, null)).isEmpty();
	}

	@Test
	void readsSimplePricesTakingTheReceiptTimeWhenNoneIsSent() {
		this.server.stubFor(
				get(urlPathEqualTo("/simple/price")).willReturn(json(RecordedPayloads.coinGecko("GetPrices.txt"))));
		assertThat(this.coinGecko.prices(List.of("ethereum"))).containsExactly(new Quote("ethereum",
				new BigDecimal("1498.64"), null, null, null, null, null, null, "USD", OHLC_DAY.instant()));
		this.server.verify(getRequestedFor(urlPathEqualTo("/simple/price")).withQueryParam("ids", equalTo("ethereum"))
			.withQueryParam("vs_currencies", equalTo("usd"))
			.withQueryParam("include_last_updated_at", equalTo("true")));
	}

	@Test
	void readsSimplePricesWithTheirChangeVolumeAndTime() {
		// the shape CoinGecko documents for the include_* flags, on the recorded price
		this.server.stubFor(get(urlPathEqualTo("/simple/price")).willReturn(json(("{\"ethereum\":{\"usd\":1498.64,"
				+ "\"usd_24h_vol\":9508293871.10,\"usd_24h_change\":-2.5,\"last_updated_at\":1744000000}}")
			.getBytes())));
		assertThat(this.coinGecko.prices(List.of("ethereum")))
			.containsExactly(new Quote("ethereum", new BigDecimal("1498.64"), null, null, new BigDecimal("-2.5"),
					new BigDecimal("9508293871.10"), null, null, "USD", Instant.ofEpochSecond(1744000000)));
	}

	@Test
	void turnsOhlcRowsKeyedByCloseTimeIntoBarsKeyedByOpenTime() {
		this.server.stubFor(get(urlPathEqualTo("/coins/ethereum/ohlc"))
			.willReturn(json(RecordedPayloads.coinGecko("GetOhlc.txt"))));
		List<RawBar> bars = this.coinGecko.bars("ethereum", Timeframe.H4, Instant.parse("2024-03-02T00:00:00Z"),
				Instant.parse("2024-03-03T00:00:00Z"));
		assertThat(bars).containsExactly(
				new RawBar(Instant.parse("2024-03-02T12:00:00Z"), 61942, 62211, 61721, 61845, Double.NaN),
				new RawBar(Instant.parse("2024-03-02T16:00:00Z"), 61828, 62139, 61726, 62139, Double.NaN),
				new RawBar(Instant.parse("2024-03-02T20:00:00Z"), 62171, 62210, 61821, 62068, Double.NaN));
		// a day and a half back: the 7-day candles are 4-hourly
		this.server.verify(getRequestedFor(urlPathEqualTo("/coins/ethereum/ohlc")).withQueryParam("days", equalTo("7"))
			.withQueryParam("vs_currency", equalTo("usd")));
		// the range keeps the bars that open inside it
		assertThat(this.coinGecko.bars("ethereum", Timeframe.H4, Instant.parse("2024-03-02T16:00:00Z"),
				Instant.parse("2024-03-02T20:00:00Z")))
			.extracting(RawBar::openTime)
			.containsExactly(Instant.parse("2024-03-02T16:00:00Z"));
	}

	@Test
	void candlesOfAnotherLengthThanAskedForAreMalformed() {
		// the recorded 4-hour candles, read as if 30-minute ones had been asked for
		this.server.stubFor(get(urlPathEqualTo("/coins/ethereum/ohlc"))
			.willReturn(json(RecordedPayloads.coinGecko("GetOhlc.txt"))));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.coinGecko.bars("ethereum",
				Timeframe.M30, Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-03-03T00:00:00Z")))
			.satisfies((ex) -> {
				assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
				assertThat(ex).hasMessageContaining("240 min apart, not 30m");
			});
	}

	@Test
	void choosesTheDaysThatGiveTheAskedGranularity() {
		Instant now = Instant.parse("2026-11-23T12:00:00Z");
		assertThat(CoinGecko.ohlcDays(Timeframe.M30, now.minusSeconds(3_600), now)).isEqualTo(1);
		assertThat(CoinGecko.ohlcDays(Timeframe.H4, now.minusSeconds(3 * 86_400), now)).isEqualTo(7);
		assertThat(CoinGecko.ohlcDays(Timeframe.H4, now.minusSeconds(7 * 86_400 + 1), now)).isEqualTo(14);
		assertThat(CoinGecko.ohlcDays(Timeframe.H4, now.minusSeconds(20 * 86_400), now)).isEqualTo(30);
		// further back than 4-hour candles reach: the last 30 days, not 4-day candles
		assertThat(CoinGecko.ohlcDays(Timeframe.H4, now.minusSeconds(400 * 86_400), now)).isEqualTo(30);
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> CoinGecko.ohlcDays(Timeframe.D1, now.minusSeconds(86_400), now))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND));
	}

	@Test
	void joinsMarketChartPricesWithCapsAndVolumes() {
		this.server.stubFor(get(urlPathEqualTo("/coins/bitcoin/market_chart"))
			.willReturn(json(RecordedPayloads.coinGecko("GetMarketChart.txt"))));
		assertThat(this.coinGecko.marketChart("bitcoin", 2)).containsExactly(
				new MarketChartPoint(Instant.ofEpochMilli(1711843200000L), new BigDecimal("69702.3087473573"),
						new BigDecimal("1370247487960.09"), new BigDecimal("16408802301.8374")),
				new MarketChartPoint(Instant.ofEpochMilli(1711929600000L), new BigDecimal("71246.9514406015"),
						new BigDecimal("1401370211582.37"), new BigDecimal("19723005998.215")),
				new MarketChartPoint(Instant.ofEpochMilli(1711983682000L), new BigDecimal("68887.7495158568"),
						new BigDecimal("1355701979725.16"), new BigDecimal("30137418199.6431")));
		this.server.verify(
				getRequestedFor(urlPathEqualTo("/coins/bitcoin/market_chart")).withQueryParam("days", equalTo("2")));
	}

	@Test
	void trendingListsCoinsWithTheirDollarPriceAndChange() {
		this.server.stubFor(get(urlPathEqualTo("/search/trending"))
			.willReturn(json(RecordedPayloads.coinGecko("GetTrendingSearches.txt"))));
		List<TrendingEntry> trending = this.coinGecko.trending("US", 20);
		assertThat(trending).hasSize(15);
		assertThat(trending.get(0)).isEqualTo(new TrendingEntry("qubic-network", "Qubic",
				new BigDecimal("9.04766669820536e-07"), new BigDecimal("-6.386464466210091")));
		assertThat(trending.get(4)).isEqualTo(new TrendingEntry("bitcoin", "Bitcoin",
				new BigDecimal("76700.11615527925"), new BigDecimal("-7.194373034749329")));
		assertThat(trending.get(14)).isEqualTo(new TrendingEntry("spx6900", "SPX6900",
				new BigDecimal("0.47018199634231866"), new BigDecimal("1.772727682150154")));
		assertThat(this.coinGecko.trending("KR", 2)).extracting(TrendingEntry::venueSymbol)
			.containsExactly("qubic-network", "notcoin");
	}

	@Test
	void searchFindsCoinsOnly() {
		this.server.stubFor(get(urlPathEqualTo("/search")).withQueryParam("query", equalTo("ethereum"))
			.willReturn(json(RecordedPayloads.coinGecko("Search.txt"))));
		assertThat(this.coinGecko.search("ethereum", 10)).containsExactly(
				new SearchHit("ethereum", "Ethereum", AssetClass.CRYPTO_SPOT, null),
				new SearchHit("ethereum-classic", "Ethereum Classic", AssetClass.CRYPTO_SPOT, null),
				new SearchHit("sweth", "Swell Ethereum", AssetClass.CRYPTO_SPOT, null));
		assertThat(this.coinGecko.search("ethereum", 1)).hasSize(1);
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(byte[] body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
