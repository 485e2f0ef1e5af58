package sage.engine.indicator;

/**
 * Wilder's moving average (RMA, SMMA): an EMA with smoothing factor {@code 1 / period}.
 *
 * <p>
 * Seeded like TA-Lib's Wilder-smoothed indicators ({@code ATR}, {@code RSI}): the first
 * value, at index {@code period - 1}, is the simple mean of the first {@code period}
 * inputs; after that {@code rma = (rma * (period - 1) + value) / period}, in that order
 * of operations, as TA-Lib's {@code ATR} does. TA-Lib has no stand-alone RMA. Lookback
 * {@code period - 1}.
 */
public final class Rma {

	private Rma() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value.
	 * @param period smoothing period, at least 1
	 * @return {@code period - 1}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 1) - 1;
	}

	/**
	 * Fills {@code out} with the RMA of {@code in}.
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
	 * Returns the RMA of {@code in}.
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
	 * Starts a streaming RMA.
	 * @param period smoothing period, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming RMA: feed one value per bar. */
	public static final class Stream {

		private final int period;

		private int seen;

		private double value;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 1);
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the RMA including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			if (this.seen < this.period) {
				this.value += value;
				this.seen++;
				if (this.seen < this.period) {
					return Double.NaN;
				}
				this.value /= this.period;
				return this.value;
			}
			this.value *= this.period - 1;
			this.value += value;
			this.value /= this.period;
			return this.value;
		}

	}

}
