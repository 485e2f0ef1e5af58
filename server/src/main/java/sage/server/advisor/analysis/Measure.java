package sage.server.advisor.analysis;

/**
 * What the analyst measures about an instrument; each is one fact, with the id
 * {@code <SYMBOL>.<key>} ({@code BTC-USD.rsi14}).
 */
public enum Measure {

	/** The latest quote's price, exactly as {@code /quote} shows it. */
	PRICE("price", "last price"),
	/**
	 * The quote's change in percent of the previous close, exactly as {@code /quote}
	 * shows it.
	 */
	CHANGE_1D("change1d", "change since the previous close, percent"),
	/** Change of the daily close over 7 calendar days, percent, 2 decimals. */
	CHANGE_7D("change7d", "change of the daily close over 7 days, percent"),
	/** Change of the daily close over 30 calendar days, percent, 2 decimals. */
	CHANGE_30D("change30d", "change of the daily close over 30 days, percent"),
	/**
	 * The newest 50-bar simple moving average of daily closes, exactly as the API shows
	 * it.
	 */
	SMA_50("sma50", "simple moving average of 50 daily closes"),
	/**
	 * The newest 200-bar simple moving average of daily closes, exactly as the API shows
	 * it.
	 */
	SMA_200("sma200", "simple moving average of 200 daily closes"),
	/** The newest RSI (14) of daily closes, exactly as the API shows it. */
	RSI_14("rsi14", "RSI (14) of daily closes"),
	/**
	 * Standard deviation of daily log returns over 30 calendar days, annualised (365 days
	 * for crypto, 252 for stocks and indices), percent, 2 decimals.
	 */
	VOLATILITY_30D("volatility30d", "annualised volatility of daily log returns over 30 days, percent"),
	/**
	 * The deepest fall of the daily close below its running peak over 90 calendar days,
	 * as a negative percent (-12.5 is 12.5 % below the peak; 0 when it only rose), 2
	 * decimals.
	 */
	MAX_DRAWDOWN_90D("maxDrawdown90d",
			"deepest fall of the daily close from its peak over 90 days, percent (negative)"),
	/** The lowest daily low over 30 calendar days, as the bars show it. */
	SUPPORT_30D("support30d", "lowest daily low over 30 days (support)"),
	/** The highest daily high over 30 calendar days, as the bars show it. */
	RESISTANCE_30D("resistance30d", "highest daily high over 30 days (resistance)");

	private final String key;

	private final String label;

	Measure(String key, String label) {
		this.key = key;
		this.label = label;
	}

	/** The fact id of this measure of {@code symbol}: {@code BTC-USD.rsi14}. */
	public String idFor(String symbol) {
		return symbol + "." + this.key;
	}

	/** What it is, in plain English, for the fact's label. */
	public String label() {
		return this.label;
	}

}
