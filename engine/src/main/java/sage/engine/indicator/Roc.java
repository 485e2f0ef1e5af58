package sage.engine.indicator;

/**
 * Rate of change in percent: {@code (value[t] / value[t - period] - 1) * 100}.
 *
 * <p>
 * Matches TA-Lib {@code ROC}, which is a percentage; other libraries (backtrader,
 * TA-Lib's own {@code ROCR}) give the ratio instead. As in TA-Lib, the output is 0 when
 * the old value is 0. Lookback {@code period}.
 */
public final class Roc {

	private Roc() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period bars looked back, at least 1
	 * @return {@code period}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 1);
	}

	/**
	 * Fills {@code out} with the rate of change of {@code in}.
	 * @param in input values, usually closes
	 * @param period bars looked back, at least 1
	 * @param out output, {@code out.length >= in.length}; {@code NaN} during warm-up
	 */
	public static void compute(double[] in, int period, double[] out) {
		Arguments.output(in.length, out);
		Stream stream = stream(period);
		for (int i = 0; i < in.length; i++) {
			out[i] = stream.next(in[i]);
		}
	}

	/**
	 * Returns the rate of change of {@code in}.
	 * @param in input values, usually closes
	 * @param period bars looked back, at least 1
	 * @return a new array of {@code in.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] in, int period) {
		double[] out = new double[in.length];
		compute(in, period, out);
		return out;
	}

	/**
	 * Starts a streaming rate of change.
	 * @param period bars looked back, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming rate of change: feed one value per bar. */
	public static final class Stream {

		private final Lag lag;

		private Stream(int period) {
			this.lag = new Lag(Arguments.period("period", period, 1));
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the percent change since {@code period} bars ago, or {@code NaN} during
		 * warm-up
		 */
		public double next(double value) {
			double old = this.lag.next(value);
			if (Double.isNaN(old)) {
				return Double.NaN;
			}
			return (old != 0.0) ? ((value / old) - 1.0) * 100.0 : 0.0;
		}

	}

}
