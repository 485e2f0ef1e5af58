package sage.engine.metrics;

/**
 * The annualised Sharpe ratio: mean per-bar excess return over its sample standard
 * deviation, times the square root of the bars per year. The risk-free rate is annual and
 * spread evenly over the bars.
 */
public final class Sharpe {

	private Sharpe() {
	}

	/**
	 * @param returns per-bar simple returns
	 * @param annualRiskFree annual risk-free rate, e.g. {@code 0.02}
	 * @param annualisation bars per year
	 * @return the ratio; NaN when the returns do not vary or there are fewer than two
	 */
	public static double of(double[] returns, double annualRiskFree, Annualisation annualisation) {
		double deviation = Returns.standardDeviation(returns);
		if (!(deviation > 0)) {
			return Double.NaN;
		}
		return (Returns.mean(returns) - annualisation.perBar(annualRiskFree)) / deviation * annualisation.sqrt();
	}

}
