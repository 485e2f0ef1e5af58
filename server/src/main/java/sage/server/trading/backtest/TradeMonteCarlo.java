package sage.server.trading.backtest;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

import sage.engine.research.Distribution;
import sage.engine.research.MonteCarlo;
import sage.engine.research.MonteCarloResult;
import sage.server.trading.BacktestRun;
import sage.server.trading.MonteCarloSpec;

/**
 * The Monte Carlo of a backtest's closed trades, as the API reports it: the engine's
 * resampling with a fixed seed, beside the trades in the order they happened.
 */
public final class TradeMonteCarlo {

	private TradeMonteCarlo() {
	}

	/**
	 * Resamples {@code tradeReturns} as {@code spec} says.
	 * @param tradeReturns one per closed trade, in the order they closed (the engine's
	 * {@link MonteCarlo#tradeReturns})
	 * @param cash the starting cash, which final equities are counted from
	 */
	public static BacktestRun.MonteCarloFigures of(double[] tradeReturns, double cash, MonteCarloSpec spec) {
		int trades = tradeReturns.length;
		if (!spec.isOn()) {
			return unrun(spec, "OFF", trades, "No Monte Carlo was asked for (0 runs).");
		}
		if (trades < MonteCarloSpec.MIN_TRADES) {
			return unrun(spec, "NOT_ENOUGH_TRADES", trades,
					String.format(Locale.ROOT, "%d closed trade%s; a Monte Carlo needs at least %d.", trades,
							(trades == 1) ? "" : "s", MonteCarloSpec.MIN_TRADES));
		}
		for (double r : tradeReturns) {
			if (!Double.isFinite(r) || r < -1) {
				return unrun(spec, "UNDEFINED", trades,
						"A trade lost more than the equity it entered with, so the trades cannot be compounded.");
			}
		}
		MonteCarloResult result = MonteCarlo.run(tradeReturns, spec.runs(), MonteCarloSpec.SEED, spec.resampling());
		MonteCarlo.Outcome historical = MonteCarlo.replay(tradeReturns);
		double threshold = MonteCarloSpec.DRAWDOWN_MULTIPLE * historical.maxDrawdown();
		return new BacktestRun.MonteCarloFigures("DONE",
				String.format(Locale.ROOT, "%,d %s runs of %d closed trades (seed %d)", spec.runs(),
						spec.resampling().name().toLowerCase(Locale.ROOT), trades, MonteCarloSpec.SEED),
				spec.runs(), spec.resampling().name(), MonteCarloSpec.SEED, trades, MonteCarloSpec.MIN_TRADES,
				historical.maxDrawdown(), percentiles(result.maxDrawdown(), true, (x) -> x),
				cash * historical.finalEquity(), percentiles(result.finalEquity(), false, (x) -> cash * x),
				MonteCarloSpec.DRAWDOWN_MULTIPLE, result.probabilityOfDrawdownBeyond(threshold));
	}

	private static BacktestRun.MonteCarloFigures unrun(MonteCarloSpec spec, String status, int trades, String detail) {
		return new BacktestRun.MonteCarloFigures(status, detail, spec.runs(), spec.resampling().name(),
				MonteCarloSpec.SEED, trades, MonteCarloSpec.MIN_TRADES, null, null, null, null,
				MonteCarloSpec.DRAWDOWN_MULTIPLE, null);
	}

	/** The runs' percentiles; the worst run is the largest value or the smallest. */
	private static BacktestRun.Percentiles percentiles(Distribution runs, boolean largestIsWorst,
			DoubleUnaryOperator scale) {
		return new BacktestRun.Percentiles(scale.applyAsDouble(runs.percentile(5)),
				scale.applyAsDouble(runs.percentile(25)), scale.applyAsDouble(runs.percentile(50)),
				scale.applyAsDouble(runs.percentile(75)), scale.applyAsDouble(runs.percentile(95)),
				scale.applyAsDouble(largestIsWorst ? runs.max() : runs.min()));
	}

}
