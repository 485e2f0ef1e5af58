package sage.engine.indicator;

/**
 * Linearly weighted moving average: the newest value weighs {@code period}, the oldest 1,
 * divided by {@code period * (period + 1) / 2}.
 *
 * <p>
 * Matches TA-Lib {@code WMA}, including its O(1) update: a running weighted sum from
 * which the running plain sum is subtracted each bar (every weight drops by one).
 * Lookback {@code period - 1}.
 */
public final class Wma {

	private Wma() {
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
	 * Fills {@code out} with the WMA of {@code in}.
	 * @param in input values
	 * @param period window length, at least 1
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
	 * Returns the WMA of {@code in}.
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
	 * Starts a streaming WMA.
	 * @param period window length, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming WMA: feed one value per bar. */
	public static final class Stream {

		private final int period;

		private final double divider;

		private final double[] window;

		private int next;

		private int seen;

		private double plainSum;

		private double weightedSum;

		private double trailing;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 1);
			// in long: period * (period + 1) overflows an int from period 46341
			this.divider = (period * (period + 1L)) >> 1;
			this.window = new double[period];
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the WMA including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			this.window[this.next] = value;
			this.next = (this.next + 1 == this.period) ? 0 : this.next + 1;
			if (this.seen < this.period - 1) {
				this.seen++;
				this.plainSum += value;
				this.weightedSum += value * this.seen;
				return Double.NaN;
			}
			this.plainSum += value;
			this.plainSum -= this.trailing;
			this.weightedSum += value * this.period;
			// window[next] is the oldest value in the window: it leaves before the next
			// bar.
			this.trailing = this.window[this.next];
			double wma = this.weightedSum / this.divider;
			this.weightedSum -= this.plainSum;
			return wma;
		}

	}

}
