package sage.server.market.venue.binance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.knowm.xchange.binance.BinanceExchange;
import org.knowm.xchange.binance.dto.marketdata.BinanceKline;
import org.knowm.xchange.binance.dto.marketdata.BinanceOrderbook;
import org.knowm.xchange.binance.dto.marketdata.BinanceTicker24h;
import org.knowm.xchange.binance.dto.marketdata.KlineInterval;
import org.knowm.xchange.binance.service.BinanceMarketDataServiceRaw;
import org.knowm.xchange.currency.CurrencyPair;

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
import sage.server.market.venue.VenueSymbols;
import sage.server.market.venue.VenueSymbols.Pair;
import sage.server.market.venue.XchangeSetup;

/**
 * Binance spot public market data, all through XChange ({@code xchange-binance}): the
 * 24-hour ticker ({@code /api/v3/ticker/24hr}), klines at every Sage interval
 * ({@code /api/v3/klines}, 1000 a page) and the order book ({@code /api/v3/depth}).
 * Symbols are Binance's: {@code BTCUSDT}.
 */
public final class BinanceClient implements QuoteSource, BarSource, OrderBookSource {

	/** Binance's public REST root. */
	public static final URI PUBLIC_API = URI.create("https://api.binance.com");

	private static final int KLINES_PER_PAGE = 1000;

	/** The depth limits Binance accepts; a request asks for the least that covers it. */
	private static final int[] DEPTH_LIMITS = { 5, 10, 20, 50, 100, 500, 1000, 5000 };

	/** What the client can do, also listed while it is disabled. */
	public static final ProviderCapabilities CAPABILITIES = new ProviderCapabilities(Venue.BINANCE.providerName(),
			EnumSet.of(Capability.QUOTES, Capability.BARS, Capability.ORDER_BOOK), Set.of(AssetClass.CRYPTO_SPOT),
			EnumSet.allOf(Timeframe.class), false);

	private final BinanceMarketDataServiceRaw market;

	private final VenueCalls calls;

	private final Clock clock;

	BinanceClient(BinanceMarketDataServiceRaw market, VenueCalls calls, Clock clock) {
		this.market = market;
		this.calls = calls;
		this.clock = clock;
	}

	/**
	 * A client at {@code settings}' base URL whose every call runs under {@code policy}
	 * (named after the provider), so that whoever lists providers sees its state.
	 */
	public static BinanceClient create(ExchangeSettings settings, UpstreamPolicy policy, Clock clock) {
		Venue.BINANCE.requireOwn(policy);
		BinanceExchange exchange = XchangeSetup.create(BinanceExchange.class, settings.baseUrlOr(PUBLIC_API),
				settings.timeout(), Map.of());
		BinanceErrors errors = new BinanceErrors(clock);
		ExchangeFaults faults = new ExchangeFaults(Venue.BINANCE.providerName(), errors, errors::read, clock);
		return new BinanceClient((BinanceMarketDataServiceRaw) exchange.getMarketDataService(),
				new VenueCalls(policy, faults), clock);
	}

	@Override
	public ProviderCapabilities capabilities() {
		return CAPABILITIES;
	}

	/** One ticker call per symbol (Binance has no batch form for a few symbols). */
	@Override
	public List<Quote> quotes(List<String> venueSymbols) {
		List<Quote> quotes = new ArrayList<>();
		for (String symbol : venueSymbols) {
			Pair pair = VenueSymbols.pair(Venue.BINANCE, symbol);
			try {
				BinanceTicker24h ticker = this.calls.call("ticker " + symbol,
						() -> this.market.ticker24hAllProducts(currencyPair(pair)));
				quotes.add(quote(symbol, ticker, pair));
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
		CurrencyPair pair = currencyPair(VenueSymbols.pair(Venue.BINANCE, venueSymbol));
		KlineInterval klineInterval = klineInterval(interval);
		List<RawBar> bars = new ArrayList<>();
		long start = from.toEpochMilli();
		long end = to.toEpochMilli() - 1;
		while (start <= end) {
			long pageStart = start;
			List<BinanceKline> page = this.calls.call("klines " + venueSymbol + " " + interval,
					() -> this.market.klines(pair, klineInterval, KLINES_PER_PAGE, pageStart, end));
			for (BinanceKline kline : page) {
				if (kline.getOpenTime() >= from.toEpochMilli() && kline.getOpenTime() <= end) {
					bars.add(new RawBar(Instant.ofEpochMilli(kline.getOpenTime()), kline.getOpen().doubleValue(),
							kline.getHigh().doubleValue(), kline.getLow().doubleValue(), kline.getClose().doubleValue(),
							kline.getVolume().doubleValue()));
				}
			}
			if (page.size() < KLINES_PER_PAGE) {
				break;
			}
			long next = page.get(page.size() - 1).getOpenTime() + 1;
			if (next <= start) {
				break;
			}
			start = next;
		}
		return bars;
	}

	@Override
	public OrderBook orderBook(String venueSymbol, int depth) {
		CurrencyPair pair = currencyPair(VenueSymbols.pair(Venue.BINANCE, venueSymbol));
		int limit = depthLimit(depth);
		BinanceOrderbook book = this.calls.call("depth " + venueSymbol,
				() -> this.market.getBinanceOrderbookAllProducts(pair, limit));
		// Binance's REST depth carries no time: the snapshot is as of its receipt
		return new OrderBook(venueSymbol, levels(book.bids, depth), levels(book.asks, depth), this.clock.instant());
	}

	private static Quote quote(String symbol, BinanceTicker24h ticker, Pair pair) {
		return new Quote(symbol, ticker.getLastPrice(), ticker.getPrevClosePrice(), ticker.getPriceChange(),
				ticker.getPriceChangePercent(), ticker.getVolume(), ticker.getBidPrice(), ticker.getAskPrice(),
				pair.quote(), Instant.ofEpochMilli(ticker.getCloseTime()));
	}

	private static List<OrderBook.Level> levels(Map<BigDecimal, BigDecimal> side, int depth) {
		return side.entrySet()
			.stream()
			.limit(depth)
			.map((level) -> new OrderBook.Level(level.getKey(), level.getValue()))
			.toList();
	}

	static int depthLimit(int depth) {
		for (int limit : DEPTH_LIMITS) {
			if (limit >= depth) {
				return limit;
			}
		}
		return DEPTH_LIMITS[DEPTH_LIMITS.length - 1];
	}

	private static KlineInterval klineInterval(Timeframe interval) {
		return switch (interval) {
			case M1 -> KlineInterval.m1;
			case M5 -> KlineInterval.m5;
			case M15 -> KlineInterval.m15;
			case M30 -> KlineInterval.m30;
			case H1 -> KlineInterval.h1;
			case H4 -> KlineInterval.h4;
			case D1 -> KlineInterval.d1;
			case W1 -> KlineInterval.w1;
		};
	}

	private static CurrencyPair currencyPair(Pair pair) {
		return new CurrencyPair(pair.base(), pair.quote());
	}

}
