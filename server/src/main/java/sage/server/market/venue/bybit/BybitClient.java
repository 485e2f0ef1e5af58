package sage.server.market.venue.bybit;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knowm.xchange.Exchange;
import org.knowm.xchange.bybit.BybitExchange;
import org.knowm.xchange.bybit.dto.BybitCategory;
import org.knowm.xchange.bybit.dto.BybitResult;
import org.knowm.xchange.bybit.dto.marketdata.tickers.BybitTicker;
import org.knowm.xchange.bybit.dto.marketdata.tickers.BybitTickers;
import org.knowm.xchange.bybit.dto.marketdata.tickers.spot.BybitSpotTicker;
import org.knowm.xchange.bybit.service.BybitMarketDataServiceRaw;
import tools.jackson.databind.JsonNode;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.Capability;
import sage.server.market.provider.OrderBook;
import sage.server.market.provider.OrderBookSource;
import sage.server.market.provider.ProviderCapabilities;
import sage.server.market.provider.Quote;
import sage.server.market.provider.QuoteSource;
import sage.server.market.provider.RawBar;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamHttp;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.ExchangeFaults;
import sage.server.market.venue.ExchangeSettings;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueCalls;
import sage.server.market.venue.VenueHttp;
import sage.server.market.venue.VenueSymbols;
import sage.server.market.venue.XchangeSetup;

/**
 * Bybit spot public market data. Tickers go through XChange ({@code xchange-bybit} 5.2.1,
 * {@code /v5/market/tickers}); that version has no kline or order book call, so klines
 * ({@code /v5/market/kline}, 1000 a page, newest first) and the order book
 * ({@code /v5/market/orderbook}) are called directly over {@link UpstreamHttp}, under the
 * same policy. Symbols are Bybit's: {@code BTCUSDT}.
 */
public final class BybitClient implements QuoteSource, BarSource, OrderBookSource {

	/** Bybit's public REST root. */
	public static final URI PUBLIC_API = URI.create("https://api.bybit.com");

	private static final int KLINES_PER_PAGE = 1000;

	/** The deepest spot book Bybit serves. */
	private static final int MAX_SPOT_DEPTH = 200;

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.BYBIT.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.ORDER_BOOK), Set.of(AssetClass.CRYPTO_SPOT),
			EnumSet.allOf(Timeframe.class), false);

	private final BybitMarketDataServiceRaw market;

	private final VenueCalls calls;

	private final UpstreamHttp http;

	private final UpstreamHttp.AnswerCheck check;

	private final URI baseUrl;

	BybitClient(BybitMarketDataServiceRaw market, VenueCalls calls, UpstreamHttp http, UpstreamHttp.AnswerCheck check,
			URI baseUrl) {
		this.market = market;
		this.calls = calls;
		this.http = http;
		this.check = check;
		this.baseUrl = baseUrl;
	}

	/**
	 * A client at {@code settings}' base URL whose every call runs under {@code policy}
	 * (named after the provider), so that whoever lists providers sees its state.
	 */
	public static BybitClient create(ExchangeSettings settings, UpstreamPolicy policy, Clock clock) {
		Venue.BYBIT.requireOwn(policy);
		URI baseUrl = settings.baseUrlOr(PUBLIC_API);
		// without Use_Sandbox XChange's BybitExchange fails with a NullPointerException
		BybitExchange exchange = XchangeSetup.create(BybitExchange.class, baseUrl, settings.timeout(),
				Map.of(Exchange.USE_SANDBOX, false));
		BybitErrors errors = new BybitErrors(clock);
		ExchangeFaults faults = new ExchangeFaults(Venue.BYBIT.providerName(), errors, errors::read, clock);
		return new BybitClient((BybitMarketDataServiceRaw) exchange.getMarketDataService(),
				new VenueCalls(policy, faults), VenueHttp.client(baseUrl, policy, settings.timeout(), clock),
				faults.answerCheck(errors::read), baseUrl);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** One ticker call per symbol; symbols Bybit does not list are left out. */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (String symbol : venueSymbols) {
			String quoteAsset = VenueSymbols.pair(Venue.BYBIT, symbol).quote();
			try {
				BybitResult<BybitTickers<BybitTicker>> result = this.calls.call("ticker " + symbol,
						() -> this.market.getTicker24h(BybitCategory.SPOT, symbol));
				for (BybitTicker ticker : result.getResult().getList()) {
					quotes.add(quote(symbol, ticker, quoteAsset, result.getTime().toInstant()));
				}
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					throw ex;
				}
			}
		}
		return quotes;
	}

	/** Direct REST: XChange 5.2.1 has no Bybit kline call. */
	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		VenueSymbols.pair(Venue.BYBIT, venueSymbol);
		String operation = "kline " + venueSymbol + " " + interval;
		List<RawBar> bars = new ArrayList<>();
		long end = to.toEpochMilli() - 1;
		while (end >= from.toEpochMilli()) {
			URI uri = VenueHttp.resolve(this.baseUrl,
					"/v5/market/kline?category=spot&symbol=" + encode(venueSymbol) + "&interval=" + interval(interval)
							+ "&start=" + from.toEpochMilli() + "&end=" + end + "&limit=" + KLINES_PER_PAGE);
			JsonNode rows = this.http.getChecked(operation, uri, Map.of(), this.check).path("result").path("list");
			long oldest = Long.MAX_VALUE;
			for (JsonNode row : rows) {
				long time = Long.parseLong(row.path(0).asString());
				oldest = Math.min(oldest, time);
				if (time >= from.toEpochMilli() && time < to.toEpochMilli()) {
					bars.add(new RawBar(Instant.ofEpochMilli(time), number(row, 1), number(row, 2), number(row, 3),
							number(row, 4), number(row, 5)));
				}
			}
			if (rows.size() < KLINES_PER_PAGE || oldest <= from.toEpochMilli() || oldest > end) {
				break;
			}
			end = oldest - 1;
		}
		bars.sort(Comparator.comparing(RawBar::openTime));
		return bars;
	}

	/** Direct REST: XChange 5.2.1 has no Bybit order book call. At most 200 levels. */
	@Override
	public OrderBook orderBook(String venueSymbol, int depth) {
		int limit = Math.max(1, Math.min(depth, MAX_SPOT_DEPTH));
		URI uri = VenueHttp.resolve(this.baseUrl,
				"/v5/market/orderbook?category=spot&symbol=" + encode(venueSymbol) + "&limit=" + limit);
		JsonNode result = this.http.getChecked("orderbook " + venueSymbol, uri, Map.of(), this.check).path("result");
		if (!result.has("ts")) {
			throw new UpstreamException(Venue.BYBIT.providerName(), UpstreamException.Kind.MALFORMED,
					"orderbook " + venueSymbol + ": no book in the answer");
		}
		return new OrderBook(venueSymbol, levels(result.path("b"), limit), levels(result.path("a"), limit),
				Instant.ofEpochMilli(result.path("ts").asLong()));
	}

	private static Quote quote(String symbol, BybitTicker ticker, String quoteAsset, Instant time) {
		BigDecimal previous = null;
		BigDecimal percent = null;
		if (ticker instanceof BybitSpotTicker spot) {
			previous = spot.getPrevPrice24h();
			// Bybit sends the change as a fraction (0.0068 is 0.68%): moving the point is
			// exact
			percent = (spot.getPrice24hPcnt() != null) ? spot.getPrice24hPcnt().movePointRight(2) : null;
		}
		BigDecimal last = ticker.getLastPrice();
		BigDecimal change = (previous != null && last != null) ? last.subtract(previous) : null;
		return new Quote(symbol, last, previous, change, percent, ticker.getVolume24h(), ticker.getBid1Price(),
				ticker.getAsk1Price(), quoteAsset, time);
	}

	private static List<OrderBook.Level> levels(JsonNode side, int depth) {
		List<OrderBook.Level> levels = new ArrayList<>();
		for (JsonNode level : side) {
			if (levels.size() == depth) {
				break;
			}
			levels.add(new OrderBook.Level(new BigDecimal(level.path(0).asString()),
					new BigDecimal(level.path(1).asString())));
		}
		return levels;
	}

	private static double number(JsonNode row, int index) {
		return Double.parseDouble(row.path(index).asString());
	}

	private static String interval(Timeframe interval) {
		return switch (interval) {
			case M1 -> "1";
			case M5 -> "5";
			case M15 -> "15";
			case M30 -> "30";
			case H1 -> "60";
			case H4 -> "240";
			case D1 -> "D";
			case W1 -> "W";
		};
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
