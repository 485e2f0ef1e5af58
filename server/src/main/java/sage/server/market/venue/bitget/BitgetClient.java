package sage.server.market.venue.bitget;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.knowm.xchange.bitget.BitgetExchange;
import org.knowm.xchange.bitget.dto.marketdata.BitgetMarketDepthDto;
import org.knowm.xchange.bitget.dto.marketdata.BitgetTickerDto;
import org.knowm.xchange.bitget.service.BitgetMarketDataServiceRaw;
import org.knowm.xchange.currency.CurrencyPair;
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
import sage.server.market.venue.VenueSymbols.Pair;
import sage.server.market.venue.XchangeSetup;

/**
 * Bitget spot public market data. The ticker ({@code /api/v2/spot/market/tickers}) and
 * the order book ({@code /api/v2/spot/market/orderbook}, Bitget's default depth of 150,
 * cut to the depth asked) go through XChange ({@code xchange-bitget} 5.2.1), which has no
 * candle call; candles ({@code /api/v2/spot/market/candles}, 1000 a page, UTC-aligned
 * days and weeks) are called directly over {@link UpstreamHttp} under the same policy.
 * Bitget keeps only recent candles on that endpoint (about a month of minutes, more for
 * longer intervals); older history would need its {@code history-candles} endpoint, which
 * Sage does not call yet. Symbols are Bitget's: {@code BTCUSDT}.
 */
public final class BitgetClient implements QuoteSource, BarSource, OrderBookSource {

	/** Bitget's public REST root. */
	public static final URI PUBLIC_API = URI.create("https://api.bitget.com");

	private static final int CANDLES_PER_PAGE = 1000;

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.BITGET.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.ORDER_BOOK), Set.of(AssetClass.CRYPTO_SPOT),
			EnumSet.allOf(Timeframe.class), false);

	private final BitgetMarketDataServiceRaw market;

	private final VenueCalls calls;

	private final UpstreamHttp http;

	private final UpstreamHttp.AnswerCheck check;

	private final URI baseUrl;

	BitgetClient(BitgetMarketDataServiceRaw market, VenueCalls calls, UpstreamHttp http, UpstreamHttp.AnswerCheck check,
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
	public static BitgetClient create(ExchangeSettings settings, UpstreamPolicy policy, Clock clock) {
		Venue.BITGET.requireOwn(policy);
		URI baseUrl = settings.baseUrlOr(PUBLIC_API);
		BitgetExchange exchange = XchangeSetup.create(BitgetExchange.class, baseUrl, settings.timeout(), Map.of());
		BitgetErrors errors = new BitgetErrors(clock);
		ExchangeFaults faults = new ExchangeFaults(Venue.BITGET.providerName(), errors, BitgetErrors::read, clock);
		return new BitgetClient((BitgetMarketDataServiceRaw) exchange.getMarketDataService(),
				new VenueCalls(policy, faults), VenueHttp.client(baseUrl, policy, settings.timeout(), clock),
				faults.answerCheck(errors::read), baseUrl);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** One ticker call per symbol; symbols Bitget does not list are left out. */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (String symbol : venueSymbols) {
			Pair pair = VenueSymbols.pair(Venue.BITGET, symbol);
			try {
				List<BitgetTickerDto> tickers = this.calls.call("ticker " + symbol,
						() -> this.market.getBitgetTickerDtos(currencyPair(pair)));
				tickers.stream().findFirst().ifPresent((ticker) -> quotes.add(quote(symbol, ticker, pair.quote())));
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					throw ex;
				}
			}
		}
		return quotes;
	}

	/** Direct REST: XChange 5.2.1 has no Bitget candle call. */
	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		VenueSymbols.pair(Venue.BITGET, venueSymbol);
		String operation = "candles " + venueSymbol + " " + interval;
		// keyed by open time: a bar Bitget sends twice (on two pages, or twice in one)
		// counts once
		TreeMap<Instant, RawBar> bars = new TreeMap<>();
		long end = to.toEpochMilli() - 1;
		while (end >= from.toEpochMilli()) {
			URI uri = VenueHttp.resolve(this.baseUrl,
					"/api/v2/spot/market/candles?symbol=" + URLEncoder.encode(venueSymbol, StandardCharsets.UTF_8)
							+ "&granularity=" + granularity(interval) + "&startTime=" + from.toEpochMilli()
							+ "&endTime=" + end + "&limit=" + CANDLES_PER_PAGE);
			JsonNode rows = this.http.getChecked(operation, uri, Map.of(), this.check).path("data");
			long oldest = Long.MAX_VALUE;
			for (JsonNode row : rows) {
				long time = Long.parseLong(row.path(0).asString());
				oldest = Math.min(oldest, time);
				if (time >= from.toEpochMilli() && time < to.toEpochMilli()) {
					bars.putIfAbsent(Instant.ofEpochMilli(time), new RawBar(Instant.ofEpochMilli(time), number(row, 1),
							number(row, 2), number(row, 3), number(row, 4), number(row, 5)));
				}
			}
			if (rows.size() < CANDLES_PER_PAGE || oldest <= from.toEpochMilli() || oldest > end) {
				break;
			}
			end = oldest - 1;
		}
		return List.copyOf(bars.values());
	}

	@Override
	public OrderBook orderBook(String venueSymbol, int depth) {
		CurrencyPair pair = currencyPair(VenueSymbols.pair(Venue.BITGET, venueSymbol));
		BitgetMarketDepthDto book = this.calls.call("orderbook " + venueSymbol,
				() -> this.market.getBitgetMarketDepthDtos(pair));
		return new OrderBook(venueSymbol, levels(book.getBids(), depth), levels(book.getAsks(), depth),
				book.getTimestamp());
	}

	private static Quote quote(String symbol, BitgetTickerDto ticker, String quoteAsset) {
		BigDecimal last = ticker.getLastPrice();
		BigDecimal open = ticker.getOpen24h();
		BigDecimal change = (last != null && open != null) ? last.subtract(open) : null;
		// Bitget sends the change as a fraction (0.00069 is 0.069%): moving the point is
		// exact
		BigDecimal percent = (ticker.getChange24h() != null) ? ticker.getChange24h().movePointRight(2) : null;
		return new Quote(symbol, last, open, change, percent, ticker.getAssetVolume24h(), ticker.getBestBidPrice(),
				ticker.getBestAskPrice(), quoteAsset, ticker.getTimestamp());
	}

	private static List<OrderBook.Level> levels(List<BitgetMarketDepthDto.PriceSizeEntry> side, int depth) {
		return side.stream()
			.limit(depth)
			.map((level) -> new OrderBook.Level(level.getPrice(), level.getSize()))
			.toList();
	}

	private static double number(JsonNode row, int index) {
		return Double.parseDouble(row.path(index).asString());
	}

	private static String granularity(Timeframe interval) {
		return switch (interval) {
			case M1 -> "1min";
			case M5 -> "5min";
			case M15 -> "15min";
			case M30 -> "30min";
			case H1 -> "1h";
			case H4 -> "4h";
			case D1 -> "1Dutc";
			case W1 -> "1Wutc";
		};
	}

	private static CurrencyPair currencyPair(Pair pair) {
		return new CurrencyPair(pair.base(), pair.quote());
	}

}
