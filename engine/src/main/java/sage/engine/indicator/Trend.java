package sage.engine.indicator;

/**
 * Classifies each bar as {@link Direction#UP}, {@link Direction#DOWN} or
 * {@link Direction#SIDEWAYS} from the slope of an EMA and the strength of the trend
 * (ADX).
 *
 * <p>
 * The rule, at bar {@code t}:
 * <ul>
 * <li>{@code slope = ema[t] - ema[t - slopeBars]}, with {@code ema} the {@link Ema} of
 * the close over {@code emaPeriod};</li>
 * <li>if {@link Adx} over {@code adxPeriod} is at least {@code adxThreshold}: UP when
 * {@code slope > 0}, DOWN when {@code slope < 0};</li>
 * <li>otherwise (weak trend, or a flat EMA) SIDEWAYS.</li>
 * </ul>
 * ADX measures strength but not direction; the EMA slope gives the direction. Usual
 * values: EMA 50, slope over 5 bars, ADX 14, threshold 20 to 25. Before both inputs exist
 * (see {@link #unstableBars}) there is no classification and the output is {@code null}.
 */
public final class Trend {

	private Trend() {
	}

	/** The direction of a bar. */
	public enum Direction {

		/** Strong trend, EMA rising. */
		UP,

		/** Strong trend, EMA falling. */
		DOWN,

		/** Weak trend (ADX below the threshold) or a flat EMA. */
		SIDEWAYS

	}

	/**
	 * Leading {@code null} outputs: until the EMA has {@code slopeBars} of history and
	 * the ADX exists.
	 * @param emaPeriod EMA period, at least 1
	 * @param slopeBars bars the slope is measured over, at least 1
	 * @param adxPeriod ADX period, at least 2
	 * @return {@code max(emaPeriod - 1 + slopeBars, 2 * adxPeriod - 1)}
	 */
	public static int unstableBars(int emaPeriod, int slopeBars, int adxPeriod) {
		return Math.max(Ema.unstableBars(emaPeriod) + Arguments.period("slopeBars", slopeBars, 1),
				Adx.unstableBars(adxPeriod));
	}

	/**
	 * Classifies every bar.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param emaPeriod EMA period, at least 1
	 * @param slopeBars bars the slope is measured over, at least 1
	 * @param adxPeriod ADX period, at least 2
	 * @param adxThreshold ADX at or above which a trend counts, in [0, 100]
	 * @return one direction per bar, {@code null} during warm-up
	 */
	public static Direction[] classify(double[] high, double[] low, double[] close, int emaPeriod, int slopeBars,
			int adxPeriod, double adxThreshold) {
		int n = Arguments.sameLength(high, low, close);
		Stream stream = stream(emaPeriod, slopeBars, adxPeriod, adxThreshold);
		Direction[] out = new Direction[n];
		for (int i = 0; i < n; i++) {
			out[i] = stream.next(high[i], low[i], close[i]);
		}
		return out;
	}

	/**
	 * Starts a streaming classifier.
	 * @param emaPeriod EMA period, at least 1
	 * @param slopeBars bars the slope is measured over, at least 1
	 * @param adxPeriod ADX period, at least 2
	 * @param adxThreshold ADX at or above which a trend counts, in [0, 100]
	 * @return a stream that has seen no bars
	 */
	public static Stream stream(int emaPeriod, int slopeBars, int adxPeriod, double adxThreshold) {
		return new Stream(emaPeriod, slopeBars, adxPeriod, adxThreshold);
	}

	/** Streaming trend classifier: feed one bar at a time. */
	public static final class Stream {

		private final Ema.Stream ema;

		private final Lag emaBack;

		private final Adx.Stream adx;

		private final double threshold;

		private final int lookback;

		private int index;

		private Stream(int emaPeriod, int slopeBars, int adxPeriod, double adxThreshold) {
			this.lookback = unstableBars(emaPeriod, slopeBars, adxPeriod);
			if (!(adxThreshold >= 0 && adxThreshold <= 100)) {
				throw new IllegalArgumentException("adxThreshold must be in [0, 100], was " + adxThreshold);
			}
			this.ema = Ema.stream(emaPeriod);
			this.emaBack = new Lag(slopeBars);
			this.adx = Adx.stream(adxPeriod);
			this.threshold = adxThreshold;
		}

		/**
		 * Takes the next bar.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @return the bar's direction, or {@code null} during warm-up
		 */
		public Direction next(double high, double low, double close) {
			double now = this.ema.next(close);
			double before = this.emaBack.next(now);
			double strength = this.adx.nextAdx(high, low, close);
			if (this.index++ < this.lookback) {
				return null;
			}
			if (strength >= this.threshold) {
				double slope = now - before;
				if (slope > 0) {
					return Direction.UP;
				}
				if (slope < 0) {
					return Direction.DOWN;
				}
			}
			return Direction.SIDEWAYS;
		}

	}

}
