package sage.server.market.venue.okx;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knowm.xchange.okex.OkexExchange;
import org.knowm.xchange.okex.dto.OkexResponse;
import org.knowm.xchange.okex.dto.marketdata.OkexCandleStick;
import org.knowm.xchange.okex.dto.marketdata.OkexOrderbook;
import org.knowm.xchange.okex.dto.marketdata.OkexPublicOrder;
import org.knowm.xchange.okex.dto.marketdata.OkexTicker;
import org.knowm.xchange.okex.service.OkexMarketDataServiceRaw;

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
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.ExchangeFaults;
import sage.server.market.venue.ExchangeSettings;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueCalls;
import sage.server.market.venue.VenueError;
import sage.server.market.venue.VenueSymbols;
import sage.server.market.venue.XchangeSetup;

/**
 * OKX spot public market data, all through XChange ({@code xchange-okex}): the ticker
 * ({@code /api/v5/market/ticker}), candles ({@code /api/v5/market/history-candles}, which
 * reaches back years, 100 a page, newest first) and the order book
 * ({@code /api/v5/market/books}). XChange 5.2.3 asks for 20 levels a side, so a deeper
 * book is cut at 20. Daily and weekly candles are OKX's UTC-aligned ones ({@code 1Dutc},
 * {@code 1Wutc}); plain {@code 1D} opens at midnight Hong Kong time. Symbols are OKX's:
 * {@code BTC-USDT}.
 */
public final class OkxClient implements QuoteSource, BarSource, OrderBookSource {

	/** OKX's public REST root. */
	public static final URI PUBLIC_API = URI.create("https://www.okx.com");

	/** The most levels a side XChange's order book call asks OKX for. */
	static final int BOOK_LEVELS = 20;

	private static final int CANDLES_PER_PAGE = 100;

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.OKX.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.ORDER_BOOK), Set.of(AssetClass.CRYPTO_SPOT),
			EnumSet.allOf(Timeframe.class), false);

	private final OkexMarketDataServiceRaw market;

	private final VenueCalls calls;

	OkxClient(OkexMarketDataServiceRaw market, VenueCalls calls) {
		this.market = market;
		this.calls = calls;
	}

	/**
	 * A client at {@code settings}' base URL whose every call runs under {@code policy}
	 * (named after the provider), so that whoever lists providers sees its state.
	 */
	public static OkxClient create(ExchangeSettings settings, UpstreamPolicy policy, Clock clock) {
		Venue.OKX.requireOwn(policy);
		OkexExchange exchange = XchangeSetup.create(OkexExchange.class, settings.baseUrlOr(PUBLIC_API),
				settings.timeout(), Map.of());
		ExchangeFaults faults = new ExchangeFaults(Venue.OKX.providerName(), new OkxErrors(), OkxErrors::read, clock);
		return new OkxClient((OkexMarketDataServiceRaw) exchange.getMarketDataService(),
				new VenueCalls(policy, faults));
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** One ticker call per symbol; symbols OKX does not list are left out. */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (String symbol : venueSymbols) {
			String quoteAsset = VenueSymbols.pair(Venue.OKX, symbol).quote();
			String operation = "ticker " + symbol;
			try {
				List<OkexTicker> tickers = this.calls.call(operation,
						() -> data(operation, this.market.getOkexTicker(symbol)));
				tickers.stream().findFirst().ifPresent((ticker) -> quotes.add(quote(symbol, ticker, quoteAsset)));
			}
			catch (UpstreamException ex) {
				if (ex.kind() != UpstreamException.Kind.NOT_FOUND) {
					throw ex;
				}
			}
		}
		return quotes;
	}

	@Override
	public List<RawBar> bars(String venueSymbol, Timeframe interval, Instant from, Instant to) {
		VenueSymbols.pair(Venue.OKX, venueSymbol);
		String bar = bar(interval);
		String operation = "candles " + venueSymbol + " " + interval;
		List<RawBar> bars = new ArrayList<>();
		long after = to.toEpochMilli();
		while (true) {
			long before = after;
			List<OkexCandleStick> page = this.calls.call(operation, () -> data(operation, this.market
				.getHistoryCandle(venueSymbol, String.valueOf(before), null, bar, String.valueOf(CANDLES_PER_PAGE))));
			long oldest = Long.MAX_VALUE;
			for (OkexCandleStick candle : page) {
				long time = candle.getTimestamp();
				oldest = Math.min(oldest, time);
				if (time >= from.toEpochMilli() && time < to.toEpochMilli()) {
					bars.add(new RawBar(Instant.ofEpochMilli(time), Double.parseDouble(candle.getOpenPrice()),
							Double.parseDouble(candle.getHighPrice()), Double.parseDouble(candle.getLowPrice()),
							Double.parseDouble(candle.getClosePrice()), Double.parseDouble(candle.getVolume())));
				}
			}
			if (page.size() < CANDLES_PER_PAGE || oldest <= from.toEpochMilli() || oldest >= before) {
				break;
			}
			after = oldest;
		}
		bars.sort(Comparator.comparing(RawBar::openTime));
		return bars;
	}

	/** At most {@value #BOOK_LEVELS} levels a side: what XChange asks OKX for. */
	@Override
	public OrderBook orderBook(String venueSymbol, int depth) {
		String operation = "books " + venueSymbol;
		List<OkexOrderbook> books = this.calls.call(operation,
				() -> data(operation, this.market.getOkexOrderbook(venueSymbol)));
		if (books.isEmpty()) {
			throw new UpstreamException(Venue.OKX.providerName(), UpstreamException.Kind.MALFORMED,
					operation + ": no book in the answer");
		}
		OkexOrderbook book = books.get(0);
		return new OrderBook(venueSymbol, levels(book.getBids(), depth), levels(book.getAsks(), depth),
				Instant.ofEpochMilli(Long.parseLong(book.getTs())));
	}

	/** The answer's data, or the fault OKX reported with HTTP 200 and a non-zero code. */
	private <T> T data(String operation, OkexResponse<T> response) {
		if (!response.isSuccess()) {
			throw this.calls.faults()
				.fault(operation, new VenueError(String.valueOf(response.getCode()), String.valueOf(response.getMsg()),
						200, null));
		}
		return response.getData();
	}

	private static Quote quote(String symbol, OkexTicker ticker, String quoteAsset) {
		BigDecimal last = ticker.getLast();
		BigDecimal open = ticker.getOpen24h();
		BigDecimal change = (last != null && open != null) ? last.subtract(open) : null;
		// OKX sends no change: it is last minus the price 24 h ago, its percentage
		// rounded to 4 places
		BigDecimal percent = (change != null && open.signum() != 0)
				? change.movePointRight(2).divide(open, 4, RoundingMode.HALF_EVEN) : null;
		return new Quote(symbol, last, open, change, percent, ticker.getVolume24h(), ticker.getBidPrice(),
				ticker.getAskPrice(), quoteAsset, ticker.getTimestamp().toInstant());
	}

	private static List<OrderBook.Level> levels(List<OkexPublicOrder> side, int depth) {
		return side.stream()
			.limit(depth)
			.map((order) -> new OrderBook.Level(order.getPrice(), order.getVolume()))
			.toList();
	}

	private static String bar(Timeframe interval) {
		return switch (interval) {
			case M1 -> "1m";
			case M5 -> "5m";
			case M15 -> "15m";
			case M30 -> "30m";
			case H1 -> "1H";
			case H4 -> "4H";
			case D1 -> "1Dutc";
			case W1 -> "1Wutc";
		};
	}

}
