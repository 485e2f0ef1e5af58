package sage.engine.indicator;

/**
 * Bollinger Bands: an {@link Sma} middle line and bands {@code k} population standard
 * deviations above and below it.
 *
 * <p>
 * Matches TA-Lib {@code BBANDS} with an SMA and equal up/down deviations, within 1e-9; as
 * in TA-Lib a variance below 1e-8 counts as zero. Lookback {@code period - 1}. The
 * variance is {@code mean(d^2) - mean(d)^2} over running sums of {@code d = x - anchor},
 * O(1) per bar. TA-Lib uses the raw {@code mean(x^2) - sma^2}, which cancels
 * catastrophically at high price levels (a flat series at 4635.92 gets bands 2e-4 wide);
 * subtracting an anchor that is re-set to the current mean every {@code period} bars
 * avoids that.
 */
public final class Bollinger {

	private Bollinger() {
	}

	/**
	 * The three lines over a whole input, each {@code NaN} during warm-up.
	 *
	 * @param middle the SMA
	 * @param upper middle + k * standard deviation
	 * @param lower middle - k * standard deviation
	 */
	public record Lines(double[] middle, double[] upper, double[] lower) {
	}

	/**
	 * The three lines at one bar, each {@code NaN} during warm-up.
	 *
	 * @param middle the SMA
	 * @param upper middle + k * standard deviation
	 * @param lower middle - k * standard deviation
	 */
	public record Values(double middle, double upper, double lower) {
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
	 * Returns the bands of {@code in}.
	 * @param in input values, usually closes
	 * @param period window length, at least 2
	 * @param k width in standard deviations, finite and not negative (2 is usual)
	 * @return three new arrays of {@code in.length} values
	 */
	public static Lines compute(double[] in, int period, double k) {
		Stream stream = stream(period, k);
		Lines lines = new Lines(new double[in.length], new double[in.length], new double[in.length]);
		for (int i = 0; i < in.length; i++) {
			Values v = stream.next(in[i]);
			lines.middle[i] = v.middle;
			lines.upper[i] = v.upper;
			lines.lower[i] = v.lower;
		}
		return lines;
	}

	/**
	 * Starts streaming bands.
	 * @param period window length, at least 2
	 * @param k width in standard deviations, finite and not negative
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period, double k) {
		return new Stream(period, k);
	}

	/** Streaming Bollinger Bands: feed one value per bar. */
	public static final class Stream {

		private static final Values WARMING_UP = new Values(Double.NaN, Double.NaN, Double.NaN);

		private final int period;

		private final double k;

		private final double[] window;

		private int next;

		private int seen;

		private int sinceAnchor;

		private double anchor;

		private double sum;

		private double sumOfSquares;

		private Stream(int period, double k) {
			this.period = Arguments.period("period", period, 2);
			if (!(k >= 0) || Double.isInfinite(k)) {
				throw new IllegalArgumentException("k must be finite and >= 0, was " + k);
			}
			this.k = k;
			this.window = new double[period];
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the bands including {@code value}; all {@code NaN} during warm-up
		 */
		public Values next(double value) {
			if (this.seen == 0) {
				this.anchor = value;
			}
			this.window[this.next] = value;
			this.next = (this.next + 1 == this.period) ? 0 : this.next + 1;
			double shifted = value - this.anchor;
			this.sum += shifted;
			this.sumOfSquares += shifted * shifted;
			if (this.seen < this.period) {
				this.seen++;
				if (this.seen < this.period) {
					return WARMING_UP;
				}
			}
			double mean = this.sum / this.period;
			double middle = this.anchor + mean;
			double variance = this.sumOfSquares / this.period - mean * mean;
			// window[next] is the oldest value in the window: it leaves before the next
			// bar.
			double oldest = this.window[this.next] - this.anchor;
			this.sum -= oldest;
			this.sumOfSquares -= oldest * oldest;
			if (++this.sinceAnchor == this.period) {
				reanchor(middle);
			}
			double deviation = (variance < 0.00000001) ? 0.0 : Math.sqrt(variance);
			double width = deviation * this.k;
			return new Values(middle, middle + width, middle - width);
		}

		/**
		 * Re-centres the sums on the current mean and re-adds the values that stay in the
		 * window: O(period) once every period bars, so O(1) amortised, and running-sum
		 * drift never builds up.
		 */
		private void reanchor(double center) {
			this.sinceAnchor = 0;
			this.anchor = center;
			this.sum = 0;
			this.sumOfSquares = 0;
			for (int j = 0; j < this.period; j++) {
				if (j != this.next) {
					double shifted = this.window[j] - center;
					this.sum += shifted;
					this.sumOfSquares += shifted * shifted;
				}
			}
		}

	}

}
