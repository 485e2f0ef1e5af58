package sage.server.advisor.grounding.evaluation;

/** What a question asks about. */
public enum Topic {

	/** The price of an instrument. */
	PRICE,
	/** How much it moved. */
	CHANGE,
	/** Its RSI. */
	RSI,
	/** Its volatility. */
	VOLATILITY,
	/** Its drawdown from a high. */
	DRAWDOWN,
	/** The Fear &amp; Greed index. */
	FEAR_GREED,
	/** Two instruments side by side. */
	COMPARE,
	/** How the market is doing overall. */
	OVERVIEW,
	/** Not about markets: the answer states no number. */
	OFF_TOPIC

}
