package sage.engine.research;

import java.util.Objects;

/**
 * What resampling a backtest's trades gave, one outcome per run.
 *
 * @param maxDrawdown each run's deepest drawdown, a fraction of the peak in [0, 1]
 * @param finalEquity each run's final equity as a multiple of the starting equity (1.2
 * for a 20% gain)
 */
public record MonteCarloResult(Distribution maxDrawdown, Distribution finalEquity) {

	/** Checks both are present. */
	public MonteCarloResult {
		Objects.requireNonNull(maxDrawdown, "maxDrawdown");
		Objects.requireNonNull(finalEquity, "finalEquity");
	}

	/**
	 * The share of runs whose deepest drawdown exceeded {@code threshold}, e.g.
	 * {@code 0.25} for "deeper than 25%".
	 */
	public double probabilityOfDrawdownBeyond(double threshold) {
		return this.maxDrawdown.shareAbove(threshold);
	}

}
