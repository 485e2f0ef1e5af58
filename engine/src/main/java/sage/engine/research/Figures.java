package sage.engine.research;

import sage.engine.metrics.Performance;
import sage.engine.metrics.TradeStats;
import sage.engine.sim.BacktestResult;

/**
 * The headline numbers of one backtest, as {@link Performance} and {@link TradeStats}
 * compute them.
 *
 * @param totalReturn last over first equity, minus one
 * @param cagr compound annual growth rate
 * @param sharpe annualised Sharpe ratio; NaN when returns do not vary
 * @param sortino annualised Sortino ratio; NaN when no bar fell below the target
 * @param maxDrawdown deepest drawdown, a fraction of the peak
 * @param profitFactor gross profit over gross loss; infinite without losses, NaN without
 * trades
 * @param tradeCount closed round trips
 */
public record Figures(double totalReturn, double cagr, double sharpe, double sortino, double maxDrawdown,
		double profitFactor, int tradeCount) {

	/** The figures of a backtest's result. */
	public static Figures of(BacktestResult result, Scoring scoring) {
		Performance performance = Performance.of(result.times(), result.equity(), result.positionQuantity(),
				scoring.annualRiskFree(), scoring.annualisation());
		return of(performance, TradeStats.of(result.tradePnls()));
	}

	/** The headline numbers of a performance and its trades. */
	public static Figures of(Performance performance, TradeStats trades) {
		return new Figures(performance.totalReturn(), performance.cagr(), performance.sharpe(), performance.sortino(),
				performance.maxDrawdown(), trades.profitFactor(), trades.count());
	}

}
