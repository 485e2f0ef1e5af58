package sage.engine.indicator;

/**
 * Momentum: the change over {@code period} bars, {@code value[t] - value[t - period]}.
 *
 * <p>
 * Matches TA-Lib {@code MOM}. Lookback {@code period}.
 */
public final class Momentum {

	private Momentum() {
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
	 * Fills {@code out} with the momentum of {@code in}.
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
	 * Returns the momentum of {@code in}.
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
	 * Starts a streaming momentum.
	 * @param period bars looked back, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming momentum: feed one value per bar. */
	public static final class Stream {

		private final Lag lag;

		private Stream(int period) {
			this.lag = new Lag(Arguments.period("period", period, 1));
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the change since {@code period} bars ago, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			double old = this.lag.next(value);
			if (Double.isNaN(old)) {
				return Double.NaN;
			}
			return value - old;
		}

	}

}
