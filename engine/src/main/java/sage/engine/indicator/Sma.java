package sage.engine.indicator;

/**
 * Simple moving average: the mean of the last {@code period} values.
 *
 * <p>
 * Matches TA-Lib {@code SMA}: a running sum (add the newest value, emit, drop the
 * oldest), so each bar costs O(1) whatever the period. Lookback {@code period - 1}.
 */
public final class Sma {

	private Sma() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period window length, at least 1
	 * @return {@code period - 1}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 1) - 1;
	}

	/**
	 * Fills {@code out} with the SMA of {@code in}.
	 * @param in input values
	 * @param period window length, at least 1
	 * @param out output, {@code out.length >= in.length}; {@code out[i]} is {@code NaN}
	 * during warm-up
	 */
	public static void compute(double[] in, int period, double[] out) {
		Arguments.output(in.length, out);
		Stream stream = stream(period);
		for (int i = 0; i < in.length; i++) {
			out[i] = stream.next(in[i]);
		}
	}

	/**
	 * Returns the SMA of {@code in}.
	 * @param in input values
	 * @param period window length, at least 1
	 * @return a new array of {@code in.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] in, int period) {
		double[] out = new double[in.length];
		compute(in, period, out);
		return out;
	}

	/**
	 * Starts a streaming SMA.
	 * @param period window length, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming SMA: feed one value per bar. */
	public static final class Stream {

		private final int period;

		private final double[] window;

		private int next;

		private int seen;

		private double sum;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 1);
			this.window = new double[period];
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the SMA including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			this.sum += value;
			this.window[this.next] = value;
			this.next = (this.next + 1 == this.period) ? 0 : this.next + 1;
			if (this.seen < this.period) {
				this.seen++;
				if (this.seen < this.period) {
					return Double.NaN;
				}
			}
			double mean = this.sum / this.period;
			// window[next] is the oldest value in the window: it leaves before the next
			// bar.
			this.sum -= this.window[this.next];
			return mean;
		}

	}

}
