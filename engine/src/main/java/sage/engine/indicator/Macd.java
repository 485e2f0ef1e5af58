package sage.engine.indicator;

/**
 * Moving Average Convergence/Divergence: fast EMA minus slow EMA, its EMA (the signal)
 * and their difference (the histogram).
 *
 * <p>
 * Matches TA-Lib {@code MACD}, including its seeding: the slow EMA is seeded with the
 * mean of the first {@code slow} inputs, and the fast EMA is started {@code slow - fast}
 * bars later so that both first exist at index {@code slow - 1} (TA-Lib seeds the fast
 * EMA with the mean of inputs {@code slow - fast .. slow - 1}, not the first
 * {@code fast}). The signal is an {@link Ema} of the MACD line seeded with its first
 * {@code signal} values. All three lines start at TA-Lib's lookback
 * {@code (slow - 1) + (signal - 1)}.
 */
public final class Macd {

	private Macd() {
	}

	/**
	 * The three lines over a whole input, each {@code NaN} during warm-up.
	 *
	 * @param macd fast EMA minus slow EMA
	 * @param signal EMA of {@code macd}
	 * @param histogram {@code macd - signal}
	 */
	public record Lines(double[] macd, double[] signal, double[] histogram) {
	}

	/**
	 * The three lines at one bar, each {@code NaN} during warm-up.
	 *
	 * @param macd fast EMA minus slow EMA
	 * @param signal EMA of {@code macd}
	 * @param histogram {@code macd - signal}
	 */
	public record Values(double macd, double signal, double histogram) {
	}

	/**
	 * Leading {@code NaN} outputs before the first value (TA-Lib's lookback).
	 * @param fast fast EMA period, at least 1
	 * @param slow slow EMA period, at least {@code fast}
	 * @param signal signal EMA period, at least 1
	 * @return {@code (slow - 1) + (signal - 1)}
	 */
	public static int unstableBars(int fast, int slow, int signal) {
		check(fast, slow, signal);
		return (slow - 1) + (signal - 1);
	}

	/**
	 * Returns the MACD lines of {@code in}.
	 * @param in input values, usually closes
	 * @param fast fast EMA period (12 is usual), at least 1
	 * @param slow slow EMA period (26 is usual), at least {@code fast}
	 * @param signal signal EMA period (9 is usual), at least 1
	 * @return three new arrays of {@code in.length} values
	 */
	public static Lines compute(double[] in, int fast, int slow, int signal) {
		Stream stream = stream(fast, slow, signal);
		Lines lines = new Lines(new double[in.length], new double[in.length], new double[in.length]);
		for (int i = 0; i < in.length; i++) {
			Values v = stream.next(in[i]);
			lines.macd[i] = v.macd;
			lines.signal[i] = v.signal;
			lines.histogram[i] = v.histogram;
		}
		return lines;
	}

	/**
	 * Starts a streaming MACD.
	 * @param fast fast EMA period, at least 1
	 * @param slow slow EMA period, at least {@code fast}
	 * @param signal signal EMA period, at least 1
	 * @return a stream that has seen no values
	 */
	public static Stream stream(int fast, int slow, int signal) {
		return new Stream(fast, slow, signal);
	}

	private static void check(int fast, int slow, int signal) {
		Arguments.period("fast", fast, 1);
		Arguments.period("signal", signal, 1);
		if (slow < fast) {
			throw new IllegalArgumentException("slow must be >= fast (" + fast + "), was " + slow);
		}
	}

	/** Streaming MACD: feed one value per bar. */
	public static final class Stream {

		private static final Values WARMING_UP = new Values(Double.NaN, Double.NaN, Double.NaN);

		private final int fastStart;

		private final int slowPeriod;

		private final int lookback;

		private final Ema.Stream fast;

		private final Ema.Stream slow;

		private final Ema.Stream signal;

		private int index;

		private Stream(int fast, int slow, int signal) {
			check(fast, slow, signal);
			this.fastStart = slow - fast;
			this.slowPeriod = slow;
			this.lookback = unstableBars(fast, slow, signal);
			this.fast = Ema.stream(fast);
			this.slow = Ema.stream(slow);
			this.signal = Ema.stream(signal);
		}

		/**
		 * Takes the next value.
		 * @param value the newest input
		 * @return the lines including {@code value}; all {@code NaN} during warm-up
		 */
		public Values next(double value) {
			double slowEma = this.slow.next(value);
			double fastEma = (this.index >= this.fastStart) ? this.fast.next(value) : Double.NaN;
			int bar = this.index++;
			if (bar < this.slowPeriod - 1) {
				return WARMING_UP;
			}
			double macd = fastEma - slowEma;
			double signalEma = this.signal.next(macd);
			if (bar < this.lookback) {
				return WARMING_UP;
			}
			return new Values(macd, signalEma, macd - signalEma);
		}

	}

}
