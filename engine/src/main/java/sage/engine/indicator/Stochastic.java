package sage.engine.indicator;

/**
 * Slow stochastic oscillator, in [0, 100]: fast %K = where the close sits in the high-low
 * range of the last {@code fastK} bars, slow %K = its SMA over {@code slowK}, slow %D =
 * the SMA of slow %K over {@code slowD}.
 *
 * <p>
 * Matches TA-Lib {@code STOCH} with SMA smoothing: fast %K is
 * {@code (close - lowest) / ((highest - lowest) / 100)}, and 0 when the range is empty;
 * both outputs start at TA-Lib's lookback
 * {@code (fastK - 1) + (slowK - 1) + (slowD - 1)}. Highest and lowest come from monotonic
 * deques, O(1) amortised per bar. The SMAs are running sums, whose rounding can leave a
 * value a few ulps outside [0, 100] (e.g. -3.6e-15 after a run of zeros): slow %K and %D
 * are clamped to [0, 100], a change of at most that rounding from TA-Lib.
 */
public final class Stochastic {

	private Stochastic() {
	}

	/**
	 * Slow %K and slow %D over a whole input, each {@code NaN} during warm-up.
	 *
	 * @param k slow %K
	 * @param d slow %D
	 */
	public record Lines(double[] k, double[] d) {
	}

	/**
	 * Slow %K and slow %D at one bar, each {@code NaN} during warm-up.
	 *
	 * @param k slow %K
	 * @param d slow %D
	 */
	public record Values(double k, double d) {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param fastK range window, at least 1 (14 is usual)
	 * @param slowK SMA period of fast %K, at least 1 (3 is usual)
	 * @param slowD SMA period of slow %K, at least 1 (3 is usual)
	 * @return {@code (fastK - 1) + (slowK - 1) + (slowD - 1)}
	 */
	public static int unstableBars(int fastK, int slowK, int slowD) {
		return (Arguments.period("fastK", fastK, 1) - 1) + (Arguments.period("slowK", slowK, 1) - 1)
				+ (Arguments.period("slowD", slowD, 1) - 1);
	}

	/**
	 * Returns slow %K and slow %D.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param fastK range window, at least 1
	 * @param slowK SMA period of fast %K, at least 1
	 * @param slowD SMA period of slow %K, at least 1
	 * @return two new arrays of {@code close.length} values
	 */
	public static Lines compute(double[] high, double[] low, double[] close, int fastK, int slowK, int slowD) {
		int n = Arguments.sameLength(high, low, close);
		Stream stream = stream(fastK, slowK, slowD);
		Lines lines = new Lines(new double[n], new double[n]);
		for (int i = 0; i < n; i++) {
			Values v = stream.next(high[i], low[i], close[i]);
			lines.k[i] = v.k;
			lines.d[i] = v.d;
		}
		return lines;
	}

	/**
	 * Starts a streaming stochastic.
	 * @param fastK range window, at least 1
	 * @param slowK SMA period of fast %K, at least 1
	 * @param slowD SMA period of slow %K, at least 1
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int fastK, int slowK, int slowD) {
		return new Stream(fastK, slowK, slowD);
	}

	private static double clamp(double value) {
		return Math.max(0.0, Math.min(100.0, value));
	}

	/** Streaming slow stochastic: feed one bar at a time. */
	public static final class Stream {

		private static final Values WARMING_UP = new Values(Double.NaN, Double.NaN);

		private final RollingExtreme highest;

		private final RollingExtreme lowest;

		private final Sma.Stream slowK;

		private final Sma.Stream slowD;

		private final int fastKLookback;

		private final int lookback;

		private int index;

		private Stream(int fastK, int slowK, int slowD) {
			this.lookback = unstableBars(fastK, slowK, slowD);
			this.fastKLookback = fastK - 1;
			this.highest = RollingExtreme.highest(fastK);
			this.lowest = RollingExtreme.lowest(fastK);
			this.slowK = Sma.stream(slowK);
			this.slowD = Sma.stream(slowD);
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return slow %K and %D including this bar; both {@code NaN} during warm-up
		 */
		public Values next(double high, double low, double close) {
			double hh = this.highest.next(high);
			double ll = this.lowest.next(low);
			int bar = this.index++;
			if (bar < this.fastKLookback) {
				return WARMING_UP;
			}
			double range = (hh - ll) / 100.0;
			double fastK = (range != 0.0) ? (close - ll) / range : 0.0;
			double k = this.slowK.next(fastK);
			if (Double.isNaN(k)) {
				return WARMING_UP;
			}
			double d = this.slowD.next(k);
			if (bar < this.lookback) {
				return WARMING_UP;
			}
			return new Values(clamp(k), clamp(d));
		}

	}

}
