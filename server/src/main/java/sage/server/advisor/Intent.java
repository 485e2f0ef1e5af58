package sage.server.advisor;

/** What a question asks for, which decides what the advisor looks up and says. */
public enum Intent {

	/** How markets are doing in general (How are markets today? 요즘 시장 어때?). */
	MARKET_OVERVIEW,
	/** How one asset is doing (How is BTC doing? 비트코인 어때?). */
	ONE_ASSET,
	/** Two or more assets side by side (BTC vs SPY, 삼성전자랑 비트코인 비교). */
	COMPARE,
	/** The user's own holdings or allocation (Is my portfolio too risky?). */
	PORTFOLIO,
	/** A trading rule or a backtest (Backtest an RSI strategy on BTC). */
	STRATEGY,
	/** What a concept means (What is RSI? 변동성이 뭐야?). */
	EDUCATION,
	/** Nothing about markets or investing. */
	OFF_TOPIC

}
