package sage.engine.indicator;

/**
 * Volume-weighted average price: {@code sum(tp * volume) / sum(volume)} with typical
 * price {@code tp = (high + low + close) / 3}, accumulated from the first bar or from the
 * start of each session.
 *
 * <p>
 * TA-Lib has no VWAP. Sessions are given as one key per bar: the sums restart whenever
 * the key changes. {@link #utcDays} gives keys for a reset at each UTC midnight from bar
 * open times in epoch milliseconds (no time zone involved); callers with exchange
 * sessions supply their own keys. There is no warm-up, but while a session has traded no
 * volume at all the VWAP is undefined and reported as {@code NaN}.
 */
public final class Vwap {

	private static final long MILLIS_PER_DAY = 86_400_000L;

	private Vwap() {
	}

	/**
	 * Leading {@code NaN} outputs before the first value.
	 * @return 0 (a session with no volume yet is {@code NaN} regardless)
	 */
	public static int unstableBars() {
		return 0;
	}

	/**
	 * Session keys that change at each UTC midnight: the day number of each open time.
	 * @param epochMillis bar open times, epoch milliseconds UTC
	 * @return one key per bar
	 */
	public static long[] utcDays(long[] epochMillis) {
		long[] days = new long[epochMillis.length];
		for (int i = 0; i < epochMillis.length; i++) {
			days[i] = Math.floorDiv(epochMillis[i], MILLIS_PER_DAY);
		}
		return days;
	}

	/**
	 * Fills {@code out} with the VWAP accumulated from the first bar, never reset.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param volume volumes, not negative
	 * @param out output, {@code out.length >= close.length}
	 */
	public static void compute(double[] high, double[] low, double[] close, double[] volume, double[] out) {
		int n = Arguments.sameLength(high, low, close, volume);
		Arguments.output(n, out);
		Stream stream = stream();
		for (int i = 0; i < n; i++) {
			out[i] = stream.next(high[i], low[i], close[i], volume[i]);
		}
	}

	/**
	 * Returns the VWAP accumulated from the first bar, never reset.
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param volume volumes, not negative
	 * @return a new array of {@code close.length} values
	 */
	public static double[] compute(double[] high, double[] low, double[] close, double[] volume) {
		double[] out = new double[close.length];
		compute(high, low, close, volume, out);
		return out;
	}

	/**
	 * Fills {@code out} with the VWAP restarted whenever the session key changes.
	 * @param session one key per bar, e.g. from {@link #utcDays}
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param volume volumes, not negative
	 * @param out output, {@code out.length >= close.length}
	 */
	public static void compute(long[] session, double[] high, double[] low, double[] close, double[] volume,
			double[] out) {
		int n = Arguments.sameLength(high, low, close, volume);
		if (session.length != n) {
			throw new IllegalArgumentException("session must have one key per bar (" + n + "), had " + session.length);
		}
		Arguments.output(n, out);
		Stream stream = stream();
		for (int i = 0; i < n; i++) {
			out[i] = stream.next(session[i], high[i], low[i], close[i], volume[i]);
		}
	}

	/**
	 * Returns the VWAP restarted whenever the session key changes.
	 * @param session one key per bar, e.g. from {@link #utcDays}
	 * @param high highs
	 * @param low lows
	 * @param close closes
	 * @param volume volumes, not negative
	 * @return a new array of {@code close.length} values
	 */
	public static double[] compute(long[] session, double[] high, double[] low, double[] close, double[] volume) {
		double[] out = new double[close.length];
		compute(session, high, low, close, volume, out);
		return out;
	}

	/**
	 * Starts a streaming VWAP.
	 * @return a stream that has seen no bars
	 */
	public static Stream stream() {
		return new Stream();
	}

	/** Streaming VWAP: feed one bar at a time, with or without a session key. */
	public static final class Stream {

		private boolean started;

		private long session;

		private double priceVolume;

		private double volume;

		private Stream() {
		}

		/**
		 * Takes the next bar, accumulating across all bars.
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @param volume the bar's volume
		 * @return the VWAP so far, {@code NaN} while no volume has traded
		 */
		public double next(double high, double low, double close, double volume) {
			this.priceVolume += ((high + low + close) / 3) * volume;
			this.volume += volume;
			return (this.volume != 0.0) ? this.priceVolume / this.volume : Double.NaN;
		}

		/**
		 * Takes the next bar, restarting the sums when {@code session} differs from the
		 * previous bar's.
		 * @param session the bar's session key, e.g. its UTC day
		 * @param high the bar's high
		 * @param low the bar's low
		 * @param close the bar's close
		 * @param volume the bar's volume
		 * @return the session's VWAP so far, {@code NaN} while it has traded no volume
		 */
		public double next(long session, double high, double low, double close, double volume) {
			if (!this.started || session != this.session) {
				this.started = true;
				this.session = session;
				this.priceVolume = 0.0;
				this.volume = 0.0;
			}
			return next(high, low, close, volume);
		}

	}

}
