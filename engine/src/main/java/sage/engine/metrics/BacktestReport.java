package sage.engine.metrics;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;

/**
 * A backtest's performance, its trade statistics, and buy-and-hold over the same bars.
 *
 * @param strategy the strategy's equity curve numbers
 * @param trades statistics of its closed round trips
 * @param buyAndHold the same numbers for buying at the first close and holding
 */
public record BacktestReport(Performance strategy, TradeStats trades, Performance buyAndHold) {

	/**
	 * Reports on {@code result}, which must come from simulating {@code bars}.
	 * @param annualRiskFree annual risk-free rate for Sharpe and Sortino
	 * @param annualisation bars per year (the caller's choice: 252 for stock daily bars)
	 */
	public static BacktestReport of(BarSeries bars, BacktestResult result, double annualRiskFree,
			Annualisation annualisation) {
		long[] times = result.times();
		if (times.length != bars.size()) {
			throw new IllegalArgumentException(
					"the result covers " + times.length + " bars, the series " + bars.size());
		}
		double initialCash = result.initialCash().doubleValue();
		return new BacktestReport(
				Performance.of(times, result.equity(), result.positionQuantity(), annualRiskFree, annualisation),
				TradeStats.of(result.tradePnls()), Performance.of(times, BuyAndHold.equity(bars, initialCash),
						BuyAndHold.alwaysInvested(bars.size()), annualRiskFree, annualisation));
	}

}
