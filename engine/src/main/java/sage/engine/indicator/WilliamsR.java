package sage.engine.indicator;

/**
 * Williams %R, in [-100, 0]: where the close sits below the highest high of the last
 * {@code period} bars, as a share of that window's range.
 *
 * <p>
 * Matches TA-Lib {@code WILLR}: {@code (highest - close) / ((highest - lowest) * -0.01)},
 * and 0 when the range is empty. Highest and lowest come from monotonic deques, O(1)
 * amortised per bar. Lookback {@code period - 1}. The quotient can round a few ulps past
 * -100 when the close is the lowest low; it is clamped to [-100, 0], a change of at most
 * that rounding from TA-Lib.
 */
public final class WilliamsR {

	private WilliamsR() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period window length, at least 2 (TA-Lib's minimum)
	 * @return {@code period - 1}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 2) - 1;
	}

	/**
	 * Fills {@code out} with Williams %R.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param period window length, at least 2
	 * @param out output, {@code out.length >= close.length}; {@code NaN} during warm-up
	 */
	public static void compute(double[] high, double[] low, double[] close, int period, double[] out) {
		int n = Arguments.sameLength(high, low, close);
		Arguments.output(n, out);
		Stream stream = stream(period);
		for (int i = 0; i < n; i++) {
			out[i] = stream.next(high[i], low[i], close[i]);
		}
	}

	/**
	 * Returns Williams %R.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param period window length, at least 2
	 * @return a new array of {@code close.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] high, double[] low, double[] close, int period) {
		double[] out = new double[close.length];
		compute(high, low, close, period, out);
		return out;
	}

	/**
	 * Starts a streaming Williams %R.
	 * @param period window length, at least 2
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming Williams %R: feed one bar at a time. */
	public static final class Stream {

		private final int lookback;

		private final RollingExtreme highest;

		private final RollingExtreme lowest;

		private int index;

		private Stream(int period) {
			this.lookback = unstableBars(period);
			this.highest = RollingExtreme.highest(period);
			this.lowest = RollingExtreme.lowest(period);
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return %R including this bar, or {@code NaN} during warm-up
		 */
		public double next(double high, double low, double close) {
			double hh = this.highest.next(high);
			double ll = this.lowest.next(low);
			if (this.index++ < this.lookback) {
				return Double.NaN;
			}
			double range = (hh - ll) * -0.01;
			double r = (range != 0.0) ? (hh - close) / range : 0.0;
			return Math.max(-100.0, Math.min(0.0, r));
		}

	}

}
