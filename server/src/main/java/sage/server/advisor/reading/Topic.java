package sage.server.advisor.reading;

/** A concept the advisor can explain when asked what it means. */
public enum Topic {

	/** The Relative Strength Index. */
	RSI,
	/** How much a price swings. */
	VOLATILITY,
	/** A fall from a peak. */
	DRAWDOWN,
	/** Buying a fixed amount at regular intervals. */
	DOLLAR_COST_AVERAGING,
	/** The crypto Fear &amp; Greed index. */
	FEAR_GREED,
	/** Moving averages and the trend they show. */
	MOVING_AVERAGE

}
