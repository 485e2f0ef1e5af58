package sage.engine.metrics;

/**
 * Per-bar simple returns of an equity curve and the statistics built on them.
 */
public final class Returns {

	private Returns() {
	}

	/**
	 * The simple return of each bar after the first: {@code equity[i] / equity[i-1] - 1}.
	 * @param equity equity at each bar's close, positive
	 * @return {@code equity.length - 1} returns (none for fewer than two bars)
	 */
	public static double[] simple(double[] equity) {
		double[] returns = new double[Math.max(0, equity.length - 1)];
		for (int i = 1; i < equity.length; i++) {
			returns[i - 1] = equity[i] / equity[i - 1] - 1;
		}
		return returns;
	}

	/** The whole curve's return, {@code last / first - 1}; NaN for an empty curve. */
	public static double total(double[] equity) {
		return (equity.length == 0) ? Double.NaN : equity[equity.length - 1] / equity[0] - 1;
	}

	/**
	 * The compound annual growth rate between the first and the last bar, using their
	 * open times and a 365.25-day year; NaN when they are at the same time.
	 */
	public static double cagr(long[] times, double[] equity) {
		if (equity.length < 2 || times[times.length - 1] <= times[0]) {
			return Double.NaN;
		}
		double years = (times[times.length - 1] - times[0]) / (365.25 * 86_400_000.0);
		return Math.pow(equity[equity.length - 1] / equity[0], 1 / years) - 1;
	}

	/** Arithmetic mean; NaN when empty. */
	public static double mean(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (double value : values) {
			sum += value;
		}
		return sum / values.length;
	}

	/** Sample standard deviation (divides by {@code n - 1}); NaN for fewer than two. */
	public static double standardDeviation(double[] values) {
		if (values.length < 2) {
			return Double.NaN;
		}
		double mean = mean(values);
		double squares = 0;
		for (double value : values) {
			squares += (value - mean) * (value - mean);
		}
		return Math.sqrt(squares / (values.length - 1));
	}

	/** The annualised standard deviation of per-bar returns. */
	public static double annualisedVolatility(double[] returns, Annualisation annualisation) {
		return standardDeviation(returns) * annualisation.sqrt();
	}

}
