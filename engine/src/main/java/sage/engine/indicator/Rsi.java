package sage.engine.indicator;

/**
 * Relative Strength Index with Wilder's smoothing, in [0, 100].
 *
 * <p>
 * Matches TA-Lib {@code RSI} (default, non-Metastock mode): average gain and loss are
 * seeded with the plain mean of the first {@code period} changes, then smoothed as
 * {@code avg = (avg * (period - 1) + change) / period}. Lookback {@code period}: the
 * first value needs {@code period} changes, i.e. {@code period + 1} inputs. As in TA-Lib,
 * when average gain plus average loss is below 1e-8 in magnitude the output is 0.
 */
public final class Rsi {

	private Rsi() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param period number of changes averaged, at least 2 (TA-Lib's minimum)
	 * @return {@code period}
	 */
	public static int unstableBars(int period) {
		return Arguments.period("period", period, 2);
	}

	/**
	 * Fills {@code out} with the RSI of {@code in}.
	 * @param in input values, usually closes
	 * @param period number of changes averaged, at least 2
	 * @param out output, {@code out.length >= in.length}; {@code NaN} during warm-up
	 */
	public static void compute(double[] in, int period, double[] out) {
		Arguments.output(in.length, out);
		Arguments.period("period", period, 2);
		// The stream's arithmetic in the stream's order, on locals instead of fields: the
		// same bits, at TA-Lib's speed.
		int n = in.length;
		for (int i = 0; i < Math.min(n, period); i++) {
			out[i] = Double.NaN;
		}
		if (n <= period) {
			return;
		}
		double gain = 0;
		double loss = 0;
		for (int i = 1; i <= period; i++) {
			double change = in[i] - in[i - 1];
			if (change < 0) {
				loss -= change;
			}
			else {
				gain += change;
			}
		}
		loss /= period;
		gain /= period;
		double total = gain + loss;
		out[period] = Arguments.isZero(total) ? 0.0 : 100.0 * (gain / total);
		double carried = period - 1;
		for (int i = period + 1; i < n; i++) {
			double change = in[i] - in[i - 1];
			loss *= carried;
			gain *= carried;
			if (change < 0) {
				loss -= change;
			}
			else {
				gain += change;
			}
			loss /= period;
			gain /= period;
			total = gain + loss;
			out[i] = Arguments.isZero(total) ? 0.0 : 100.0 * (gain / total);
		}
	}

	/**
	 * Returns the RSI of {@code in}.
	 * @param in input values, usually closes
	 * @param period number of changes averaged, at least 2
	 * @return a new array of {@code in.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] in, int period) {
		double[] out = new double[in.length];
		compute(in, period, out);
		return out;
	}

	/**
	 * Starts a streaming RSI.
	 * @param period number of changes averaged, at least 2
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int period) {
		return new Stream(period);
	}

	/** Streaming RSI: feed one value per bar. */
	public static final class Stream {

		private final int period;

		private int changes = -1;

		private double previous;

		private double gain;

		private double loss;

		private Stream(int period) {
			this.period = Arguments.period("period", period, 2);
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the RSI including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			if (this.changes < 0) {
				this.previous = value;
				this.changes = 0;
				return Double.NaN;
			}
			double change = value - this.previous;
			this.previous = value;
			if (this.changes < this.period) {
				// Seeding: plain sums, divided once the first period of changes is in.
				addChange(change);
				this.changes++;
				if (this.changes < this.period) {
					return Double.NaN;
				}
			}
			else {
				this.loss *= this.period - 1;
				this.gain *= this.period - 1;
				addChange(change);
			}
			this.loss /= this.period;
			this.gain /= this.period;
			double total = this.gain + this.loss;
			return Arguments.isZero(total) ? 0.0 : 100.0 * (this.gain / total);
		}

		private void addChange(double change) {
			if (change < 0) {
				this.loss -= change;
			}
			else {
				this.gain += change;
			}
		}

	}

}
