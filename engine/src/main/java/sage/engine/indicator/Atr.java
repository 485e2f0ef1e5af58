package sage.engine.indicator;

/**
 * Average True Range with Wilder's smoothing.
 *
 * <p>
 * Matches TA-Lib {@code ATR}: the true range needs the previous close, so it exists from
 * bar 1; the first ATR, at index {@code period}, is the simple mean of the true ranges of
 * bars {@code 1..period}, then {@code atr = (atr * (period - 1) + tr) / period} (an
 * {@link Rma} of the true range). Lookback {@code period}.
 */
public final class Atr {

	private Atr() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period smoothing period, at least 1
	 * @return {@code period}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 1);
	}

	/**
	 * Fills {@code out} with the ATR.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param period smoothing period, at least 1
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
	 * Returns the ATR.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param period smoothing period, at least 1
	 * @return a new array of {@code close.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] high, double[] low, double[] close, int period) {
		double[] out = new double[close.length];
		compute(high, low, close, period, out);
		return out;
	}

	/**
	 * Starts a streaming ATR.
	 * @param period smoothing period, at least 1
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/**
	 * True range as TA-Lib computes it: the largest of high - low, |previous close -
	 * high| and |previous close - low|.
	 */
	static double trueRange(double high, double low, double previousClose) {
		double greatest = high - low;
		double up = Math.abs(previousClose - high);
		if (up > greatest) {
			greatest = up;
		}
		double down = Math.abs(previousClose - low);
		if (down > greatest) {
			greatest = down;
		}
		return greatest;
	}

	/** Streaming ATR: feed one bar at a time. */
	public static final class Stream {

		private final Rma.Stream smoothing;

		private boolean started;

		private double previousClose;

		private Stream(int period) {
			this.smoothing = Rma.stream(period);
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return the ATR including this bar, or {@code NaN} during warm-up
		 */
		public double next(double high, double low, double close) {
			if (!this.started) {
				this.started = true;
				this.previousClose = close;
				return Double.NaN;
			}
			double tr = trueRange(high, low, this.previousClose);
			this.previousClose = close;
			return this.smoothing.next(tr);
		}

	}

}
