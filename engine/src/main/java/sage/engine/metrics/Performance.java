package sage.engine.metrics;

/**
 * The headline numbers of one equity curve.
 *
 * @param totalReturn last over first equity, minus one
 * @param cagr compound annual growth rate over the bars' time span
 * @param annualisedVolatility standard deviation of per-bar returns, annualised
 * @param sharpe annualised Sharpe ratio
 * @param sortino annualised Sortino ratio
 * @param maxDrawdown deepest drawdown, a fraction of the peak
 * @param maxDrawdownMillis longest time below a peak
 * @param calmar CAGR over max drawdown; NaN without a drawdown
 * @param exposure share of bars that closed with a position open
 */
public record Performance(double totalReturn, double cagr, double annualisedVolatility, double sharpe, double sortino,
		double maxDrawdown, long maxDrawdownMillis, double calmar, double exposure) {

	/**
	 * The numbers of an equity curve.
	 * @param times open time of each bar, epoch milliseconds
	 * @param equity equity at each bar's close
	 * @param positionQuantity position at each bar's close (zero when flat)
	 * @param annualRiskFree annual risk-free rate for Sharpe and Sortino
	 * @param annualisation bars per year
	 */
	public static Performance of(long[] times, double[] equity, double[] positionQuantity, double annualRiskFree,
			Annualisation annualisation) {
		double[] returns = Returns.simple(equity);
		DrawdownCurve drawdowns = DrawdownCurve.of(times, equity);
		double cagr = Returns.cagr(times, equity);
		int invested = 0;
		for (double quantity : positionQuantity) {
			if (quantity != 0) {
				invested++;
			}
		}
		return new Performance(Returns.total(equity), cagr, Returns.annualisedVolatility(returns, annualisation),
				Sharpe.of(returns, annualRiskFree, annualisation), Sortino.of(returns, annualRiskFree, annualisation),
				drawdowns.maxDrawdown(), drawdowns.maxDurationMillis(),
				(drawdowns.maxDrawdown() > 0) ? cagr / drawdowns.maxDrawdown() : Double.NaN,
				(positionQuantity.length > 0) ? (double) invested / positionQuantity.length : Double.NaN);
	}

}
