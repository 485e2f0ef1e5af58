package sage.server.market.provider.yahoo;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.Capability;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.Quote;
import sage.server.market.provider.QuoteSource;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.SymbolSearch;
import sage.server.market.provider.TrendingEntry;
import sage.server.market.provider.TrendingSource;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamException.Kind;
import sage.server.market.provider.UpstreamHttp;

/**
 * Yahoo Finance's public JSON API: v8 chart (bars with splits and dividends), v7 quote
 * (several symbols per call), v1 search and v1 trending. No key; the quote endpoint needs
 * a browser session (cookie and crumb), which {@link YahooSession} keeps.
 *
 * <p>
 * Intraday history is short at Yahoo and a request may span only so much of it: 1-minute
 * bars are asked for 7 days at a time, 5- to 30-minute bars 60 days at a time, hourly
 * bars 730 days at a time. Asking further back than Yahoo keeps fails with
 * {@link Kind#REJECTED}.
 */
public final class YahooFinance implements BarSource, QuoteSource, SymbolSearch, TrendingSource {

	/** The provider's name. */
	public static final String NAME = "yahoo";

	/** Yahoo's API host. */
	public static final String BASE_URL = "https://query2.finance.yahoo.com";

	/** The page that hands out the session cookie. */
	public static final String COOKIE_URL = "https://fc.yahoo.com";

	/** What Yahoo answers. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(NAME,
			EnumSet.of(Capability.BARS, Capability.QUOTES, Capability.SEARCH, Capability.TRENDING),
			EnumSet.of(AssetClass.US_STOCK, AssetClass.KR_STOCK, AssetClass.CRYPTO_SPOT, AssetClass.INDEX), EnumSet
				.of(Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.M30, Timeframe.H1, Timeframe.D1, Timeframe.W1),
			false);

	/** Symbols per quote request; longer lists are split. */
	static final int QUOTE_BATCH = 100;

	private final UpstreamHttp http;

	private final URI baseUrl;

	private final YahooSession session;

	/**
	 * @param http calls Yahoo; its HTTP client must keep cookies (the quote session)
	 * @param baseUrl the API host, {@link #BASE_URL} or a stand-in
	 * @param cookieUrl the page that sets the session cookie, {@link #COOKIE_URL} or a
	 * stand-in
	 */
	public YahooFinance(UpstreamHttp http, URI baseUrl, URI cookieUrl) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.session = new YahooSession(http, cookieUrl, URI.create(baseUrl + "/v1/test/getcrumb"));
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		return chart(venueSymbol, interval, from, to).bars();
	}

	/**
	 * The bars opening in {@code [from, to)} with the dividends and splits in that range,
	 * fetched in as many requests as Yahoo's range limit for {@code interval} needs.
	 * @throws UpstreamException {@link Kind#NOT_FOUND} for an unknown symbol or an
	 * interval Yahoo does not serve
	 */
	public YahooChart chart(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		String code = intervalCode(interval);
		YahooChart chart = YahooChart.empty();
		Duration span = requestSpan(interval);
		for (Instant start = from; start.isBefore(to); start = start.plus(span)) {
			Instant end = (Duration.between(start, to).compareTo(span) > 0) ? start.plus(span) : to;
			Instant windowStart = start;
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("period1", start.getEpochSecond());
			// period2 is whole seconds: round up so a bar opening in the last second is
			// asked for
			query.put("period2", end.getEpochSecond() + ((end.getNano() > 0) ? 1 : 0));
			query.put("interval", code);
			query.put("includePrePost", "false");
			query.put("events", "div|split");
			URI uri = URI.create(this.baseUrl + "/v8/finance/chart/" + UpstreamHttp.encode(venueSymbol) + "?"
					+ UpstreamHttp.query(query));
			chart = chart.followedBy(this.http.getJson("chart " + venueSymbol + " " + interval.code(), uri, Map.of(),
					(body) -> YahooMapping.chart(body, windowStart, end)));
		}
		return chart;
	}

	/** The latest quotes, {@value #QUOTE_BATCH} symbols per request. */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i < venueSymbols.size(); i += QUOTE_BATCH) {
			quotes.addAll(quoteBatch(venueSymbols.subList(i, Math.min(i + QUOTE_BATCH, venueSymbols.size()))));
		}
		return quotes;
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("q", query);
		parameters.put("quotesCount", limit);
		parameters.put("newsCount", 0);
		parameters.put("enableFuzzyQuery", "false");
		URI uri = URI.create(this.baseUrl + "/v1/finance/search?" + UpstreamHttp.query(parameters));
		return this.http.getJson("search " + query, uri, Map.of(), (body) -> YahooMapping.searchHits(body, limit));
	}

	/** Yahoo's trending symbols in {@code region} (a country code such as {@code US}). */
	@Override
	public List<TrendingEntry> trending(String region, int limit) {
		String country = region.toUpperCase(Locale.ROOT);
		if (!country.matches("[A-Z]{2}")) {
			throw new IllegalArgumentException("region must be a two-letter country code: " + region);
		}
		URI uri = URI.create(
				this.baseUrl + "/v1/finance/trending/" + country + "?" + UpstreamHttp.query(Map.of("count", limit)));
		return this.http.getJson("trending " + country, uri, Map.of(), (body) -> YahooMapping.trending(body, limit));
	}

	private List<Quote> quoteBatch(List<String> symbols) {
		String operation = "quote " + String.join(",", symbols);
		String crumb = this.session.crumb();
		try {
			return this.http.getJson(operation, quoteUri(symbols, crumb), Map.of(), YahooMapping::quotes);
		}
		catch (UpstreamException ex) {
			if (ex.kind() != Kind.UNAUTHORIZED) {
				throw ex;
			}
			// crumbs expire with their cookie: one fresh session, then give up
			this.session.forget(crumb);
			return this.http.getJson(operation, quoteUri(symbols, this.session.crumb()), Map.of(),
					YahooMapping::quotes);
		}
	}

	private URI quoteUri(List<String> symbols, String crumb) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("symbols", String.join(",", symbols));
		query.put("crumb", crumb);
		return URI.create(this.baseUrl + "/v7/finance/quote?" + UpstreamHttp.query(query));
	}

	/** Yahoo's code for {@code interval}. */
	static String intervalCode(Timeframe interval) {
		return switch (interval) {
			case M1 -> "1m";
			case M5 -> "5m";
			case M15 -> "15m";
			case M30 -> "30m";
			case H1 -> "60m";
			case D1 -> "1d";
			case W1 -> "1wk";
			case H4 -> throw new UpstreamException(NAME, Kind.NOT_FOUND, "Yahoo has no " + interval.code() + " bars");
		};
	}

	/** The longest range Yahoo serves in one chart request at {@code interval}. */
	static Duration requestSpan(Timeframe interval) {
		return switch (interval) {
			case M1 -> Duration.ofDays(7);
			case M5, M15, M30 -> Duration.ofDays(60);
			case H1, H4 -> Duration.ofDays(730);
			// daily and weekly bars: any range in one request
			case D1, W1 -> Duration.ofDays(366L * 300);
		};
	}

}
