package sage.server.market.provider.yahoo;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.ProviderFaultsContract;
import sage.server.market.provider.Quote;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.RecordedPayloads;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.TrendingEntry;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Yahoo Finance against a stand-in serving answers recorded from Yahoo by yahoo-finance2
 * (src/test/resources/market/providers/yahoo, see its PROVENANCE.md).
 */
class YahooFinanceTest extends ProviderFaultsContract {

	private static final String CRUMB = "haT3oykhHqZ";

	private YahooFinance yahoo;

	@Override
	protected String providerName() {
		return YahooFinance.NAME;
	}

	@Override
	protected boolean keepsCookies() {
		return true;
	}

	@Override
	protected void connect(UpstreamHttp http, URI baseUrl) {
		this.yahoo = new YahooFinance(http, baseUrl, baseUrl);
	}

	@Override
	protected String faultPath() {
		return "/v8/finance/chart/BTC-USD";
	}

	@Override
	protected byte[] recordedBody() {
		return RecordedPayloads.yahoo("chart-BTC-USD-2020-01-01-to-2020-01-03.json");
	}

	@Override
	protected Object call() {
		return this.yahoo.bars("BTC-USD", Timeframe.D1, Instant.parse("2020-01-01T00:00:00Z"),
				Instant.parse("2020-01-04T00:00:00Z"));
	}

	@Override
	protected void assertRecordedAnswer(Object answer) {
		assertThat(answer).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(RawBar.class))
			.containsExactly(
					new RawBar(Instant.parse("2020-01-01T00:00:00Z"), 7194.89208984375, 7254.33056640625,
							7174.9443359375, 7200.17431640625, 18565664997d),
					new RawBar(Instant.parse("2020-01-02T00:00:00Z"), 7202.55126953125, 7212.1552734375,
							6935.27001953125, 6985.47021484375, 20802083465d),
					new RawBar(Instant.parse("2020-01-03T00:00:00Z"), 6984.4287109375, 7413.71533203125, 6914.99609375,
							7344.88427734375, 28111481032d));
	}

	@Test
	void readsADailyChartWithItsSplitAndDividend() {
		this.server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.willReturn(json(RecordedPayloads.yahoo("chart-AAPL-2020-08-31-to-2020-11-07.json"))));
		Instant from = Instant.parse("2020-08-31T00:00:00Z");
		Instant to = Instant.parse("2020-11-07T00:00:00Z");
		YahooChart chart = this.yahoo.chart("AAPL", Timeframe.D1, from, to);
		assertThat(chart.bars()).hasSize(49);
		// each daily bar opens at the session start, 09:30 in New York
		assertThat(chart.bars().get(0)).isEqualTo(new RawBar(Instant.parse("2020-08-31T13:30:00Z"), 127.58000183105469,
				131, 126, 129.0399932861328, 225702700));
		assertThat(chart.bars().get(1)).isEqualTo(new RawBar(Instant.parse("2020-09-01T13:30:00Z"), 132.75999450683594,
				134.8000030517578, 130.52999877929688, 134.17999267578125, 151948100));
		assertThat(chart.bars().get(48)).isEqualTo(new RawBar(Instant.parse("2020-11-06T14:30:00Z"), 118.31999969482422,
				119.19999694824219, 116.12999725341797, 118.69000244140625, 114457900));
		assertThat(chart.splits()).containsExactly(
				new Split(Instant.parse("2020-08-31T13:30:00Z"), new BigDecimal("4"), new BigDecimal("1")));
		assertThat(chart.splits().get(0).ratio()).isEqualByComparingTo("4");
		assertThat(chart.dividends())
			.containsExactly(new Dividend(Instant.parse("2020-11-06T14:30:00Z"), new BigDecimal("0.205")));
		assertThat(chart.currency()).isEqualTo("USD");
		assertThat(chart.exchangeTimezone()).isEqualTo("America/New_York");
		this.server.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.withQueryParam("period1", equalTo("1598832000"))
			.withQueryParam("period2", equalTo("1604707200"))
			.withQueryParam("interval", equalTo("1d"))
			.withQueryParam("includePrePost", equalTo("false"))
			.withQueryParam("events", equalTo("div|split")));
	}

	@Test
	void keepsOnlyBarsAndEventsInsideTheRange() {
		this.server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.willReturn(json(RecordedPayloads.yahoo("chart-AAPL-2020-08-31-to-2020-11-07.json"))));
		YahooChart chart = this.yahoo.chart("AAPL", Timeframe.D1, Instant.parse("2020-09-01T00:00:00Z"),
				Instant.parse("2020-11-06T14:30:00Z"));
		assertThat(chart.bars()).hasSize(47);
		assertThat(chart.bars().get(0).openTime()).isEqualTo(Instant.parse("2020-09-01T13:30:00Z"));
		assertThat(chart.bars().get(46).openTime()).isEqualTo(Instant.parse("2020-11-05T14:30:00Z"));
		assertThat(chart.splits()).isEmpty();
		assertThat(chart.dividends()).isEmpty();
	}

	@Test
	void aNullPriceInTheArraysBecomesNaNForIngestionToReject() {
		// the recorded BTC-USD chart with three entries nulled, as Yahoo sends for a
		// minute without trades
		ObjectNode body = (ObjectNode) RecordedPayloads.yahooTree("chart-BTC-USD-2020-01-01-to-2020-01-03.json");
		ObjectNode quote = (ObjectNode) body.path("chart")
			.path("result")
			.path(0)
			.path("indicators")
			.path("quote")
			.path(0);
		((ArrayNode) quote.get("open")).setNull(1);
		((ArrayNode) quote.get("close")).setNull(2);
		((ArrayNode) quote.get("volume")).setNull(0);
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(json(RecordedPayloads.body(body))));
		@SuppressWarnings("unchecked")
		List<RawBar> bars = (List<RawBar>) call();
		assertThat(bars).hasSize(3);
		assertThat(bars.get(0).volume()).isNaN();
		assertThat(bars.get(0).close()).isEqualTo(7200.17431640625);
		assertThat(bars.get(1).open()).isNaN();
		assertThat(bars.get(1).high()).isEqualTo(7212.1552734375);
		assertThat(bars.get(2).close()).isNaN();
		assertThat(bars.get(2).open()).isEqualTo(6984.4287109375);
	}

	@Test
	void asksForIntradayBarsWithinYahoosRangeLimit() {
		// a recorded 1-minute request over a weekend: Yahoo answers with no bars at all
		this.server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL")).willReturn(json(
				RecordedPayloads.yahoo("chart-AAPL-2025-02-01-to-2025-02-02-includePrePost-false-interval-1m.json"))));
		Instant from = Instant.parse("2025-02-01T00:00:00Z");
		assertThat(this.yahoo.bars("AAPL", Timeframe.M1, from, from.plus(java.time.Duration.ofDays(10)))).isEmpty();
		// 1-minute bars: at most 7 days per request
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL")));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.withQueryParam("period1", equalTo("1738368000"))
			.withQueryParam("period2", equalTo("1738972800"))
			.withQueryParam("interval", equalTo("1m")));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL"))
			.withQueryParam("period1", equalTo("1738972800"))
			.withQueryParam("period2", equalTo("1739232000")));
	}

	@Test
	void namesHourlyBarsAsYahooDoesAndHasNoFourHourBars() {
		this.server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL")).willReturn(json(
				RecordedPayloads.yahoo("chart-AAPL-2025-02-01-to-2025-02-02-includePrePost-false-interval-1m.json"))));
		Instant from = Instant.parse("2025-02-01T00:00:00Z");
		this.yahoo.bars("AAPL", Timeframe.H1, from, from.plusSeconds(86_400));
		this.server.verify(
				getRequestedFor(urlPathEqualTo("/v8/finance/chart/AAPL")).withQueryParam("interval", equalTo("60m")));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.yahoo.bars("AAPL", Timeframe.H4, from, from.plusSeconds(86_400)))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND));
		this.server.verify(1, getRequestedFor(urlPathMatching("/v8/.*")));
	}

	@Test
	void anUnknownSymbolIsNotFoundAndNotRetried() {
		this.server.stubFor(get(urlPathEqualTo("/v8/finance/chart/NOPE")).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\","
					+ "\"description\":\"No data found, symbol may be delisted\"}}}")));
		assertThatExceptionOfType(UpstreamException.class)
			.isThrownBy(() -> this.yahoo.bars("NOPE", Timeframe.D1, Instant.parse("2020-01-01T00:00:00Z"),
					Instant.parse("2020-01-04T00:00:00Z")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.NOT_FOUND));
		this.server.verify(1, getRequestedFor(urlPathEqualTo("/v8/finance/chart/NOPE")));
		assertThat(this.policy.status().circuit()).isEqualTo("CLOSED");
	}

	@Test
	void anErrorInsideA200ChartIsClassified() {
		this.server.stubFor(get(urlPathEqualTo(faultPath())).willReturn(okJson("{\"chart\":{\"result\":null,"
				+ "\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}")));
		assertThat(assertFault(Kind.NOT_FOUND)).hasMessageContaining("No data found");
		assertRequests(1);
	}

	@Test
	void quotesSeveralSymbolsInOneCallAfterOpeningASession() {
		openSession(CRUMB);
		this.server.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols", equalTo("AAPL,BABA"))
			.withQueryParam("crumb", equalTo(CRUMB))
			.willReturn(json(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
		List<Quote> quotes = this.yahoo.quotes(List.of("AAPL", "BABA"));
		assertThat(quotes).containsExactly(
				new Quote("AAPL", new BigDecimal("244.6"), new BigDecimal("241.53"), new BigDecimal("3.0700073"),
						new BigDecimal("1.2710667"), new BigDecimal("40896227"), new BigDecimal("244.44"),
						new BigDecimal("253.37"), "USD", Instant.ofEpochSecond(1739566800)),
				new Quote("BABA", new BigDecimal("124.73"), new BigDecimal("119.54"), new BigDecimal("5.19"),
						new BigDecimal("4.34164"), new BigDecimal("52086273"), new BigDecimal("124.75"),
						new BigDecimal("124.97"), "USD", Instant.ofEpochSecond(1739566802)));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v1/test/getcrumb")).withCookie("A3", matching("d=.+")));
		// the session is kept: a second quote opens none
		this.yahoo.quotes(List.of("AAPL", "BABA"));
		this.server.verify(1, getRequestedFor(urlPathEqualTo("/v1/test/getcrumb")));
		this.server.verify(1, getRequestedFor(urlEqualTo("/")));
	}

	@Test
	void opensANewSessionOnceWhenYahooRefusesTheCrumb() {
		this.server.stubFor(get(urlEqualTo("/")).willReturn(
				aResponse().withStatus(404).withHeader("Set-Cookie", "A3=d=AQABBFreshSession; Path=/; HttpOnly")));
		this.server.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).inScenario("session")
			.whenScenarioStateIs(STARTED)
			.willReturn(aResponse().withStatus(200).withBody("stale0crumb"))
			.willSetStateTo("renewed"));
		this.server.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).inScenario("session")
			.whenScenarioStateIs("renewed")
			.willReturn(aResponse().withStatus(200).withBody(CRUMB)));
		this.server.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("crumb", equalTo("stale0crumb"))
			.willReturn(aResponse().withStatus(401)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"finance\":{\"result\":null,\"error\":{\"code\":\"Unauthorized\","
						+ "\"description\":\"Invalid Crumb\"}}}")));
		this.server.stubFor(get(urlPathEqualTo("/v7/finance/quote")).withQueryParam("crumb", equalTo(CRUMB))
			.willReturn(json(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
		assertThat(this.yahoo.quotes(List.of("AAPL", "BABA"))).extracting(Quote::venueSymbol)
			.containsExactly("AAPL", "BABA");
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/v1/test/getcrumb")));
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
	}

	@Test
	void anHtmlPageInsteadOfACrumbIsMalformed() {
		this.server.stubFor(get(urlEqualTo("/")).willReturn(aResponse().withStatus(200)));
		this.server.stubFor(get(urlPathEqualTo("/v1/test/getcrumb"))
			.willReturn(aResponse().withStatus(200).withBody("<html><body>consent.yahoo.com</body></html>")));
		assertThatExceptionOfType(UpstreamException.class).isThrownBy(() -> this.yahoo.quotes(List.of("AAPL")))
			.satisfies((ex) -> assertThat(ex.kind()).isEqualTo(Kind.MALFORMED));
		this.server.verify(0, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
	}

	@Test
	void splitsLongSymbolListsIntoBatches() {
		openSession(CRUMB);
		this.server.stubFor(get(urlPathEqualTo("/v7/finance/quote"))
			.willReturn(json(RecordedPayloads.yahoo("quote-AAPL-BABA.json"))));
		List<String> symbols = IntStream.range(0, 150).mapToObj((i) -> "S" + i).toList();
		this.yahoo.quotes(symbols);
		this.server.verify(2, getRequestedFor(urlPathEqualTo("/v7/finance/quote")));
		this.server.verify(getRequestedFor(urlPathEqualTo("/v7/finance/quote")).withQueryParam("symbols",
				equalTo(String.join(",", symbols.subList(100, 150)))));
	}

	@Test
	void searchKeepsInstrumentsAndClassifiesThem() {
		this.server.stubFor(get(urlPathEqualTo("/v1/finance/search")).withQueryParam("q", equalTo("AAPL"))
			.willReturn(json(RecordedPayloads.yahoo("search-AAPL.json"))));
		List<SearchHit> hits = this.yahoo.search("AAPL", 6);
		assertThat(hits).hasSize(6);
		assertThat(hits.get(0)).isEqualTo(new SearchHit("AAPL", "Apple Inc.", AssetClass.US_STOCK, "NASDAQ"));
		assertThat(hits.get(1))
			.isEqualTo(new SearchHit("AAPU", "Direxion Daily AAPL Bull 2X Shares", AssetClass.US_STOCK, "NASDAQ"));
		// options are found, but Sage has no class for them
		assertThat(hits.get(2))
			.isEqualTo(new SearchHit("AAPL251219C00120000", "AAPL Dec 2025 120.000 call", null, "OPR"));
		// Yahoo's own topic page ("AAPlasma") is not an instrument
		assertThat(hits).extracting(SearchHit::venueSymbol).doesNotContainNull().doesNotContain("AAPlasma");
		this.server
			.verify(getRequestedFor(urlPathEqualTo("/v1/finance/search")).withQueryParam("quotesCount", equalTo("6"))
				.withQueryParam("newsCount", equalTo("0")));
		assertThat(this.yahoo.search("AAPL", 2)).hasSize(2);
	}

	@Test
	void searchFindsCryptoAndLeavesFundsUnclassified() {
		this.server.stubFor(get(urlPathEqualTo("/v1/finance/search"))
			.willReturn(json(RecordedPayloads.yahoo("search-BTC-USD.json"))));
		List<SearchHit> hits = this.yahoo.search("BTC-USD", 10);
		assertThat(hits.get(0)).isEqualTo(new SearchHit("BTC-USD", "Bitcoin USD", AssetClass.CRYPTO_SPOT, "CCC"));
		// no long name: the short one
		assertThat(hits.get(2))
			.isEqualTo(new SearchHit("CBBTC32994-USD", "Coinbase Wrapped BTC USD", AssetClass.CRYPTO_SPOT, "CCC"));
		assertThat(hits.get(5))
			.isEqualTo(new SearchHit("0P0001P539", "Franklin Templeton SinoAm Btchlg -USD", null, "OTC Markets"));
	}

	@Test
	void trendingListsSymbolsInYahoosOrder() {
		this.server.stubFor(get(urlPathEqualTo("/v1/finance/trending/US"))
			.willReturn(json(RecordedPayloads.yahoo("trendingSymbols-US.json"))));
		assertThat(this.yahoo.trending("us", 5)).extracting(TrendingEntry::venueSymbol)
			.containsExactly("BTC-USD", "PLTR", "MSTR", "HIMS", "TEM");
		assertThat(this.yahoo.trending("US", 3)).containsExactly(new TrendingEntry("BTC-USD", null, null, null),
				new TrendingEntry("PLTR", null, null, null), new TrendingEntry("MSTR", null, null, null));
		this.server
			.verify(getRequestedFor(urlPathEqualTo("/v1/finance/trending/US")).withQueryParam("count", equalTo("5")));
	}

	@Test
	void classifiesSearchHitsBySymbolAndVenue() {
		assertThat(YahooMapping.assetClass("EQUITY", "005930.KS", "KSC")).isEqualTo(AssetClass.KR_STOCK);
		assertThat(YahooMapping.assetClass("EQUITY", "035720.KQ", "KOE")).isEqualTo(AssetClass.KR_STOCK);
		assertThat(YahooMapping.assetClass("ETF", "SPY", "PCX")).isEqualTo(AssetClass.US_STOCK);
		assertThat(YahooMapping.assetClass("EQUITY", "OCDO.L", "LSE")).isNull();
		assertThat(YahooMapping.assetClass("INDEX", "^KS11", "KSC")).isEqualTo(AssetClass.INDEX);
		assertThat(YahooMapping.assetClass("FUTURE", "GC=F", "CMX")).isNull();
	}

	private void openSession(String crumb) {
		this.server.stubFor(get(urlEqualTo("/")).willReturn(
				aResponse().withStatus(404).withHeader("Set-Cookie", "A3=d=AQABBRecordedSession; Path=/; HttpOnly")));
		this.server.stubFor(get(urlPathEqualTo("/v1/test/getcrumb")).withCookie("A3", matching("d=.+"))
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(crumb)));
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(byte[] body) {
		return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
	}

}
