package sage.server.market.provider;

/** One thing a market data provider can answer; each has its own source interface. */
public enum Capability {

	/** OHLCV history at some intervals: {@link BarSource}. */
	BARS,
	/** The latest price with its day change: {@link QuoteSource}. */
	QUOTES,
	/** Finding instruments by symbol or name: {@link SymbolSearch}. */
	SEARCH,
	/** What is moving or being looked at: {@link TrendingSource}. */
	TRENDING,
	/** Bids and asks: {@link OrderBookSource}. */
	ORDER_BOOK,
	/** The crypto Fear & Greed index: {@link FearGreedSource}. */
	FEAR_GREED

}
