package sage.engine.indicator;

/**
 * Exponential moving average with smoothing factor {@code k = 2 / (period + 1)}.
 *
 * <p>
 * Matches TA-Lib {@code EMA} (default compatibility): the first value, at index
 * {@code period - 1}, is the simple mean of the first {@code period} inputs; after that
 * {@code ema = (value - ema) * k + ema}. Some libraries seed with the first input
 * instead; TA-Lib's SMA seed is used here. Lookback {@code period - 1}.
 */
public final class Ema {

	private Ema() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period smoothing period, at least 1
	 * @return {@code period - 1}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 1) - 1;
	}

	/**
	 * Fills {@code out} with the EMA of {@code in}.
	 * @param in input values
	 * @param period smoothing period, at least 1
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
	 * Returns the EMA of {@code in}.
	 * @param in input values
	 * @param period smoothing period, at least 1
	 * @return a new array of {@code in.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] in, int period) {
		double[] out = new double[in.length];
		compute(in, period, out);
		return out;
	}

	/**
	 * Starts a streaming EMA.
	 * @param period smoothing period, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming EMA: feed one value per bar. */
	public static final class Stream {

		private final int period;

		private final double k;

		private int seen;

		private double value;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 1);
			this.k = 2.0 / (period + 1);
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the EMA including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			if (this.seen < this.period) {
				// Seed: accumulate the first period values, then take their mean.
				this.value += value;
				this.seen++;
				if (this.seen < this.period) {
					return Double.NaN;
				}
				this.value /= this.period;
				return this.value;
			}
			this.value = ((value - this.value) * this.k) + this.value;
			return this.value;
		}

	}

}
