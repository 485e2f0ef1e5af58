package sage.engine.research;

import java.util.Objects;

import sage.engine.metrics.Annualisation;

/**
 * How a backtest's equity curve is turned into figures: the inputs of
 * {@link sage.engine.metrics.Performance#of} that are the caller's choice.
 *
 * @param annualRiskFree annual risk-free rate for Sharpe and Sortino
 * @param annualisation bars per year, e.g. 252 for stock daily bars
 */
public record Scoring(double annualRiskFree, Annualisation annualisation) {

	/** Checks the annualisation is given and the rate is finite. */
	public Scoring {
		Objects.requireNonNull(annualisation, "annualisation");
		if (!Double.isFinite(annualRiskFree)) {
			throw new IllegalArgumentException("risk-free rate must be finite: " + annualRiskFree);
		}
	}

}
