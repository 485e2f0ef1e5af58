package sage.engine.indicator;

/**
 * Jurik moving average: an adaptive, low-lag smoother with a phase setting.
 *
 * <p>
 * Mark Jurik's algorithm is proprietary; this is the widely published open-source
 * reconstruction as implemented by pandas-ta ({@code pandas_ta/overlap/jma.py}, after
 * "jurik_1.pdf" on mql5.com and the Jurik volatility bands on prorealcode.com), followed
 * step by step:
 * <ol>
 * <li>volatility {@code volty = max(|p - upperBand|, |p - lowerBand|)} (0 when equal);
 * {@code vSum} its running 10-bar mean; {@code avgVolty} the mean of the last 66
 * {@code vSum} values (fewer, including the initial 0, at the start);</li>
 * <li>relative volatility {@code r = max(1, min(len1^(1/pow1), volty / avgVolty))} with
 * {@code L = (length - 1) / 2}, {@code len1 = max(log2(sqrt(L)) + 2, 0)},
 * {@code pow1 = max(len1 - 2, 0.5)}; the bands move by {@code kv = bet^sqrt(r^pow1)},
 * {@code bet = len2 / (len2 + 1)}, {@code len2 = len1 * sqrt(L)};</li>
 * <li>the dynamic power {@code r^pow1} sets {@code alpha = beta^(r^pow1)} with
 * {@code beta = 0.45 (length - 1) / (0.45 (length - 1) + 2)};</li>
 * <li>three stages: adaptive EMA {@code ma1}, a Kalman-style correction
 * {@code ma2 = ma1 + phaseRatio * det0}, and the final Jurik filter.</li>
 * </ol>
 * {@code phaseRatio = 1.5 + phase / 100} clamped to [0.5, 2.5]. The power is not a free
 * parameter in this formulation: it is derived from {@code length} and the volatility, as
 * pandas-ta does. The first output is the first input; as in pandas-ta the first
 * {@code length - 1} outputs are reported as {@code NaN}.
 */
public final class Jma {

	private static final int VOLTY_MEAN_BARS = 10;

	private static final int VOLTY_AVERAGE_BARS = 66;

	private Jma() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (as in pandas-ta).
	 * @param length smoothing length, at least 1 (7 is pandas-ta's default)
	 * @return {@code length - 1}
	 */
	public static int unstableBars(int length) {
		return Arguments.period("length", length, 1) - 1;
	}

	/**
	 * Fills {@code out} with the JMA of {@code in}.
	 * @param in input values
	 * @param length smoothing length, at least 1
	 * @param phase phase in [-100, 100] (values beyond are clamped), 0 for neutral
	 * @param out output, {@code out.length >= in.length}; {@code NaN} during warm-up
	 */
	public static void compute(double[] in, int length, double phase, double[] out) {
		Arguments.output(in.length, out);
		Stream stream = stream(length, phase);
		for (int i = 0; i < in.length; i++) {
			out[i] = stream.next(in[i]);
		}
	}

	/**
	 * Returns the JMA of {@code in}.
	 * @param in input values
	 * @param length smoothing length, at least 1
	 * @param phase phase in [-100, 100] (values beyond are clamped), 0 for neutral
	 * @return a new array of {@code in.length} values, {@code NaN} during warm-up
	 */
	public static double[] compute(double[] in, int length, double phase) {
		double[] out = new double[in.length];
		compute(in, length, phase, out);
		return out;
	}

	/**
	 * Starts a streaming JMA.
	 * @param length smoothing length, at least 1
	 * @param phase phase in [-100, 100] (values beyond are clamped), 0 for neutral
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int length, double phase) {
		return new Stream(length, phase);
	}

	/** Streaming JMA: feed one value per bar. */
	public static final class Stream {

		private final int lookback;

		private final double phaseRatio;

		private final double len1;

		private final double pow1;

		private final double bet;

		private final double beta;

		/**
		 * The last 10 volatilities (index 0 before any): {@code volty[i - 10]} leaves.
		 */
		private final double[] volty = new double[VOLTY_MEAN_BARS];

		/** The last 66 values of vSum, oldest at {@code vSumNext} once full. */
		private final double[] vSums = new double[VOLTY_AVERAGE_BARS];

		private int index;

		private double vSum;

		private double upperBand;

		private double lowerBand;

		private double ma1;

		private double det0;

		private double det1;

		private double jma;

		private Stream(int length, double phase) {
			this.lookback = unstableBars(length);
			if (Double.isNaN(phase)) {
				throw new IllegalArgumentException("phase must be a number, was NaN");
			}
			this.phaseRatio = (phase < -100) ? 0.5 : (phase > 100) ? 2.5 : 1.5 + phase * 0.01;
			double half = 0.5 * (length - 1);
			this.len1 = Math.max((Math.log(Math.sqrt(half)) / Math.log(2.0)) + 2.0, 0);
			this.pow1 = Math.max(this.len1 - 2.0, 0.5);
			double len2 = this.len1 * Math.sqrt(half);
			this.bet = len2 / (len2 + 1);
			this.beta = 0.45 * (length - 1) / (0.45 * (length - 1) + 2.0);
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the JMA including {@code value}, or {@code NaN} during warm-up
		 */
		public double next(double value) {
			int i = this.index++;
			if (i == 0) {
				this.jma = value;
				this.ma1 = value;
				this.upperBand = value;
				this.lowerBand = value;
				// vSum[0] = 0 takes part in the first averages, as in pandas-ta
				this.vSums[0] = 0.0;
				return (i < this.lookback) ? Double.NaN : this.jma;
			}
			double del1 = value - this.upperBand;
			double del2 = value - this.lowerBand;
			double volty = (Math.abs(del1) != Math.abs(del2)) ? Math.max(Math.abs(del1), Math.abs(del2)) : 0;
			// volty[max(i - 10, 0)]: the slot about to be overwritten, 0 before bar 10
			int slot = i % VOLTY_MEAN_BARS;
			double leaving = this.volty[slot];
			this.volty[slot] = volty;
			this.vSum = this.vSum + (volty - leaving) / VOLTY_MEAN_BARS;
			this.vSums[i % VOLTY_AVERAGE_BARS] = this.vSum;
			int count = Math.min(i + 1, VOLTY_AVERAGE_BARS);
			double avgVolty = 0;
			// summed oldest first each bar: a fixed 66 terms, and no running-sum drift
			for (int k = i - count + 1; k <= i; k++) {
				avgVolty += this.vSums[k % VOLTY_AVERAGE_BARS];
			}
			avgVolty /= count;
			double dVolty = (avgVolty == 0) ? 0 : volty / avgVolty;
			double rVolty = Math.max(1.0, Math.min(Math.pow(this.len1, 1 / this.pow1), dVolty));
			double power = Math.pow(rVolty, this.pow1);
			double kv = Math.pow(this.bet, Math.sqrt(power));
			this.upperBand = (del1 > 0) ? value : value - (kv * del1);
			this.lowerBand = (del2 < 0) ? value : value - (kv * del2);
			double alpha = Math.pow(this.beta, power);
			this.ma1 = ((1 - alpha) * value) + (alpha * this.ma1);
			this.det0 = ((value - this.ma1) * (1 - this.beta)) + (this.beta * this.det0);
			double ma2 = this.ma1 + this.phaseRatio * this.det0;
			this.det1 = ((ma2 - this.jma) * (1 - alpha) * (1 - alpha)) + (alpha * alpha * this.det1);
			this.jma = this.jma + this.det1;
			return (i < this.lookback) ? Double.NaN : this.jma;
		}

	}

}
