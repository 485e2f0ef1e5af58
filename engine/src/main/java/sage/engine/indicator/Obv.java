package sage.engine.indicator;

/**
 * On-Balance Volume: a running total that adds the bar's volume when the close rises,
 * subtracts it when the close falls, and keeps it when the close is unchanged.
 *
 * <p>
 * Matches TA-Lib {@code OBV}: the first output is the first bar's volume (not 0), so
 * there is no warm-up.
 */
public final class Obv {

	private Obv() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @return 0
	 */
	public static int unstableBars() {
		return 0;
	}

	/**
	 * Fills {@code out} with OBV.
	 * @param close closes
	 * @param volume volumes
	 * @param out output, {@code out.length >= close.length}
	 */
	public static void compute(double[] close, double[] volume, double[] out) {
		int n = Arguments.sameLength(close, volume);
		Arguments.output(n, out);
		Stream stream = stream();
		for (int i = 0; i < n; i++) {
			out[i] = stream.next(close[i], volume[i]);
		}
	}

	/**
	 * Returns OBV.
	 * @param close closes
	 * @param volume volumes
	 * @return a new array of {@code close.length} values
	 */
	public static double[] compute(double[] close, double[] volume) {
		double[] out = new double[close.length];
		compute(close, volume, out);
		return out;
	}

	/**
	 * Starts a streaming OBV.
	 * @return a stream that has seen no bars
	 */
	public static Stream stream() {
		return new Stream();
	}

	/** Streaming OBV: feed one bar at a time. */
	public static final class Stream {

		private boolean started;

		private double previousClose;

		private double total;

		private Stream() {
		}

		/**
		 * Takes the next bar.
		 * @param close the bar's close
		 * @param volume the bar's volume
		 * @return the running total including this bar
		 */
		public double next(double close, double volume) {
			if (!this.started) {
				this.started = true;
				this.total = volume;
			}
			else if (close > this.previousClose) {
				this.total += volume;
			}
			else if (close < this.previousClose) {
				this.total -= volume;
			}
			this.previousClose = close;
			return this.total;
		}

	}

}
