package sage.engine.indicator;

/**
 * Commodity Channel Index: {@code (tp - sma(tp)) / (0.015 * meanDeviation(tp))} with
 * typical price {@code tp = (high + low + close) / 3}.
 *
 * <p>
 * Matches TA-Lib {@code CCI}: the mean deviation averages {@code |tp[j] - sma[t]|} over
 * the window, every bar against the <em>current</em> mean (backtrader instead uses each
 * bar's own mean, which gives different values); the output is 0 when either the
 * numerator or the deviation is 0. Lookback {@code period - 1}.
 *
 * <p>
 * Unlike the other windowed indicators this one costs O(period) per bar: the mean
 * deviation is taken around a mean that moves every bar, so no running sum gives it
 * exactly. The window mean is re-summed every bar as TA-Lib does, which keeps it free of
 * running-sum drift.
 */
public final class Cci {

	private Cci() {
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
	 * Fills {@code out} with the CCI.
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
	 * Returns the CCI.
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
	 * Starts a streaming CCI.
	 * @param period window length, at least 2
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming CCI: feed one bar at a time. */
	public static final class Stream {

		private final int period;

		private final double[] window;

		private int next;

		private int seen;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 2);
			this.window = new double[period];
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return the CCI including this bar, or {@code NaN} during warm-up
		 */
		public double next(double high, double low, double close) {
			double typical = (high + low + close) / 3;
			this.window[this.next] = typical;
			this.next = (this.next + 1 == this.period) ? 0 : this.next + 1;
			if (this.seen < this.period) {
				this.seen++;
				if (this.seen < this.period) {
					return Double.NaN;
				}
			}
			double mean = 0;
			for (double v : this.window) {
				mean += v;
			}
			mean /= this.period;
			double deviation = 0;
			for (double v : this.window) {
				deviation += Math.abs(v - mean);
			}
			double distance = typical - mean;
			if (distance == 0.0 || deviation == 0.0) {
				return 0.0;
			}
			return distance / (0.015 * (deviation / this.period));
		}

	}

}
