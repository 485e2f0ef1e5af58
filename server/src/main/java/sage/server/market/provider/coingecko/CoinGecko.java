package sage.server.market.provider.coingecko;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.Capability;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.ProviderProperties.Upstream.KeyPlan;
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
 * CoinGecko's API v3, in US dollars: quotes ({@code /coins/markets}, or the lighter
 * {@code /simple/price}), OHLC bars ({@code /coins/{id}/ohlc}), the market chart
 * ({@code /coins/{id}/market_chart}), search and trending. Symbols are CoinGecko's coin
 * ids ({@code bitcoin}, {@code ethereum}).
 *
 * <p>
 * CoinGecko picks the OHLC granularity from how many days back one asks: 30-minute
 * candles for one day, 4-hour candles for 7, 14 or 30 days (longer asks give 4-day
 * candles, which Sage has no interval for). So 30-minute bars reach back one day and
 * 4-hour bars 30 days; bars further back are not there, and a range older than that comes
 * back empty. Candles carry no volume ({@code NaN}).
 *
 * <p>
 * A key is optional. A Demo key goes to {@code api.coingecko.com} in
 * {@code x-cg-demo-api-key}; a Pro key to {@code pro-api.coingecko.com} in
 * {@code x-cg-pro-api-key}.
 */
public final class CoinGecko implements QuoteSource, BarSource, SymbolSearch, TrendingSource {

	/** The provider's name. */
	public static final String NAME = "coingecko";

	/** The public (and Demo key) API. */
	public static final String DEMO_BASE_URL = "https://api.coingecko.com/api/v3";

	/** The paid (Pro key) API. */
	public static final String PRO_BASE_URL = "https://pro-api.coingecko.com/api/v3";

	/** What CoinGecko answers. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(NAME,
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.SEARCH, Capability.TRENDING),
			EnumSet.of(AssetClass.CRYPTO_SPOT), EnumSet.of(Timeframe.M30, Timeframe.H4), false);

	/** Coins per quote request, CoinGecko's page size maximum. */
	static final int QUOTE_BATCH = 250;

	private static final String VS = "usd";

	private static final String CURRENCY = "USD";

	private final UpstreamHttp http;

	private final URI baseUrl;

	private final Map<String, String> keyHeader;

	private final Clock clock;

	/**
	 * @param http calls CoinGecko
	 * @param baseUrl the API root ({@link #baseUrl(KeyPlan)} or a stand-in)
	 * @param keyHeader the key's header ({@link #keyHeader(KeyPlan, String)}), empty
	 * without a key
	 * @param clock tells when a price without its own time was received
	 */
	public CoinGecko(UpstreamHttp http, URI baseUrl, Map<String, String> keyHeader, Clock clock) {
		this.http = http;
		this.baseUrl = baseUrl;
		this.keyHeader = Map.copyOf(keyHeader);
		this.clock = clock;
	}

	/** The API root for keys of {@code plan}. */
	public static String baseUrl(KeyPlan plan) {
		return (plan == KeyPlan.PRO) ? PRO_BASE_URL : DEMO_BASE_URL;
	}

	/** The header that carries {@code apiKey}; none without a key. */
	public static Map<String, String> keyHeader(KeyPlan plan, @Nullable String apiKey) {
		if (apiKey == null || apiKey.isBlank()) {
			return Map.of();
		}
		return Map.of((plan == KeyPlan.PRO) ? "x-cg-pro-api-key" : "x-cg-demo-api-key", apiKey);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** Quotes from {@code /coins/markets}: price, 24 h change and volume, update time. */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (int i = 0; i < venueSymbols.size(); i += QUOTE_BATCH) {
			List<String> ids = venueSymbols.subList(i, Math.min(i + QUOTE_BATCH, venueSymbols.size()));
			Map<String, Object> query = new LinkedHashMap<>();
			query.put("vs_currency", VS);
			query.put("ids", String.join(",", ids));
			query.put("per_page", QUOTE_BATCH);
			query.put("page", 1);
			query.put("precision", "full");
			quotes.addAll(this.http.getJson("markets " + String.join(",", ids), uri("/coins/markets", query),
					this.keyHeader, (body) -> CoinGeckoMapping.markets(body, CURRENCY)));
		}
		return quotes;
	}

	/**
	 * Prices from {@code /simple/price}: price, 24 h change in percent and volume,
	 * without the previous price; for when only the price matters.
	 */
	public List<Quote> prices(List<String> ids) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("ids", String.join(",", ids));
		query.put("vs_currencies", VS);
		query.put("include_24hr_vol", "true");
		query.put("include_24hr_change", "true");
		query.put("include_last_updated_at", "true");
		query.put("precision", "full");
		return this.http.getJson("price " + String.join(",", ids), uri("/simple/price", query), this.keyHeader,
				(body) -> CoinGeckoMapping.simplePrices(body, VS, this.clock.instant()));
	}

	/**
	 * Bars from {@code /coins/{id}/ohlc} at {@code 30m} (the last day) or {@code 4h} (the
	 * last 30 days); see the class comment for why no further.
	 */
	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("vs_currency", VS);
		query.put("days", ohlcDays(interval, from, this.clock.instant()));
		query.put("precision", "full");
		return this.http.getJson("ohlc " + venueSymbol + " " + interval.code(),
				uri("/coins/" + UpstreamHttp.encode(venueSymbol) + "/ohlc", query), this.keyHeader,
				(body) -> CoinGeckoMapping.ohlc(body, interval, from, to));
	}

	/**
	 * Price, market cap and volume samples of the last {@code days} days from
	 * {@code /coins/{id}/market_chart}: every 5 minutes for one day, hourly up to 90
	 * days, daily beyond.
	 */
	public List<MarketChartPoint> marketChart(String id, int days) {
		if (days < 1) {
			throw new IllegalArgumentException("days must be at least 1: " + days);
		}
		Map<String, Object> query = new LinkedHashMap<>();
		query.put("vs_currency", VS);
		query.put("days", days);
		query.put("precision", "full");
		return this.http.getJson("market chart " + id + " " + days + "d",
				uri("/coins/" + UpstreamHttp.encode(id) + "/market_chart", query), this.keyHeader,
				CoinGeckoMapping::marketChart);
	}

	@Override
	public List<SearchHit> search(String query, int limit) {
		return this.http.getJson("search " + query, uri("/search", Map.of("query", query)), this.keyHeader,
				(body) -> CoinGeckoMapping.search(body, limit));
	}

	/** CoinGecko's trending coins of the last 24 hours; {@code region} does not apply. */
	@Override
	public List<TrendingEntry> trending(String region, int limit) {
		return this.http.getJson("trending", uri("/search/trending", Map.of()), this.keyHeader,
				(body) -> CoinGeckoMapping.trending(body, VS, limit));
	}

	/**
	 * The {@code days} to ask for so that CoinGecko answers at {@code interval} and
	 * reaches back to {@code from} where it can.
	 */
	static int ohlcDays(Timeframe interval, Instant from, Instant now) {
		long back = Math.max(1, Duration.between(from, now).plusDays(1).minusNanos(1).toDays());
		return switch (interval) {
			case M30 -> 1;
			case H4 -> (back <= 7) ? 7 : (back <= 14) ? 14 : 30;
			default -> throw new UpstreamException(NAME, Kind.NOT_FOUND,
					"CoinGecko has no " + interval.code() + " candles (only 30m and 4h)");
		};
	}

	private URI uri(String path, Map<String, ?> query) {
		return URI.create(this.baseUrl + path + (query.isEmpty() ? "" : "?" + UpstreamHttp.query(query)));
	}

}
