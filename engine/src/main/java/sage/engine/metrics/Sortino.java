package sage.engine.metrics;

/**
 * The annualised Sortino ratio: mean per-bar excess return over the downside deviation
 * (root mean square of the excess returns below zero, counted over all bars), times the
 * square root of the bars per year.
 */
public final class Sortino {

	private Sortino() {
	}

	/**
	 * @param returns per-bar simple returns
	 * @param annualRiskFree annual risk-free rate, the target return
	 * @param annualisation bars per year
	 * @return the ratio; NaN when no bar fell below the target
	 */
	public static double of(double[] returns, double annualRiskFree, Annualisation annualisation) {
		double target = annualisation.perBar(annualRiskFree);
		double squares = 0;
		for (double value : returns) {
			double shortfall = Math.min(0, value - target);
			squares += shortfall * shortfall;
		}
		if (returns.length == 0 || squares == 0) {
			return Double.NaN;
		}
		double downside = Math.sqrt(squares / returns.length);
		return (Returns.mean(returns) - target) / downside * annualisation.sqrt();
	}

}
