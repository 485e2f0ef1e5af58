package sage.engine.series;

import java.util.Arrays;
import java.util.Objects;

/**
 * Bars of one instrument and timeframe, oldest first, stored as columns of primitives.
 *
 * <p>
 * Invariants, checked on the way in by {@link Builder}: open times strictly increase (no
 * duplicates, no disorder) and no bar has a {@link BarDefect}. A series is immutable once
 * built; accessors that return arrays return copies.
 */
public final class BarSeries {

	private final Timeframe timeframe;

	private final long[] time;

	private final double[] open;

	private final double[] high;

	private final double[] low;

	private final double[] close;

	private final double[] volume;

	private BarSeries(Timeframe timeframe, long[] time, double[] open, double[] high, double[] low, double[] close,
			double[] volume) {
		this.timeframe = timeframe;
		this.time = time;
		this.open = open;
		this.high = high;
		this.low = low;
		this.close = close;
		this.volume = volume;
	}

	/**
	 * Starts a series.
	 * @param timeframe the length of each bar
	 * @param expectedBars a capacity hint; the builder grows past it
	 * @return an empty builder
	 */
	public static Builder builder(Timeframe timeframe, int expectedBars) {
		return new Builder(timeframe, expectedBars);
	}

	/** The length of each bar. */
	public Timeframe timeframe() {
		return this.timeframe;
	}

	/** The number of bars. */
	public int size() {
		return this.time.length;
	}

	/** Whether the series has no bars. */
	public boolean isEmpty() {
		return this.time.length == 0;
	}

	/** Open time of bar {@code i}, epoch milliseconds UTC. */
	public long time(int i) {
		return this.time[i];
	}

	/** Open price of bar {@code i}. */
	public double open(int i) {
		return this.open[i];
	}

	/** High price of bar {@code i}. */
	public double high(int i) {
		return this.high[i];
	}

	/** Low price of bar {@code i}. */
	public double low(int i) {
		return this.low[i];
	}

	/** Close price of bar {@code i}. */
	public double close(int i) {
		return this.close[i];
	}

	/** Volume of bar {@code i}, in units of the instrument (shares, coins). */
	public double volume(int i) {
		return this.volume[i];
	}

	/** A copy of the open times, epoch milliseconds UTC. */
	public long[] times() {
		return this.time.clone();
	}

	/** A copy of the close prices, the input of most indicators. */
	public double[] closes() {
		return this.close.clone();
	}

	/** A copy of the high prices. */
	public double[] highs() {
		return this.high.clone();
	}

	/** A copy of the low prices. */
	public double[] lows() {
		return this.low.clone();
	}

	/** A copy of the volumes. */
	public double[] volumes() {
		return this.volume.clone();
	}

	/**
	 * The index of the first bar that opens at or after {@code epochMillis}.
	 * @return an index in {@code [0, size()]}; {@code size()} when every bar opens
	 * earlier
	 */
	public int indexAtOrAfter(long epochMillis) {
		int found = Arrays.binarySearch(this.time, epochMillis);
		return (found >= 0) ? found : -found - 1;
	}

	/**
	 * The bars whose open time lies in {@code [fromMillis, toMillis)}.
	 */
	public BarSeries between(long fromMillis, long toMillis) {
		int from = indexAtOrAfter(fromMillis);
		return slice(from, Math.max(from, indexAtOrAfter(toMillis)));
	}

	/** The last {@code count} bars (all of them when there are fewer). */
	public BarSeries last(int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative: " + count);
		}
		return (count >= size()) ? this : slice(size() - count, size());
	}

	private BarSeries slice(int from, int to) {
		return new BarSeries(this.timeframe, Arrays.copyOfRange(this.time, from, to),
				Arrays.copyOfRange(this.open, from, to), Arrays.copyOfRange(this.high, from, to),
				Arrays.copyOfRange(this.low, from, to), Arrays.copyOfRange(this.close, from, to),
				Arrays.copyOfRange(this.volume, from, to));
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof BarSeries that) && this.timeframe == that.timeframe
				&& Arrays.equals(this.time, that.time) && Arrays.equals(this.open, that.open)
				&& Arrays.equals(this.high, that.high) && Arrays.equals(this.low, that.low)
				&& Arrays.equals(this.close, that.close) && Arrays.equals(this.volume, that.volume);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.timeframe, Arrays.hashCode(this.time), Arrays.hashCode(this.close));
	}

	@Override
	public String toString() {
		return "BarSeries[" + this.timeframe + ", " + size() + " bars]";
	}

	/**
	 * Appends bars in time order. Not thread-safe; build once, then share the series.
	 */
	public static final class Builder {

		private final Timeframe timeframe;

		private long[] time;

		private double[] open;

		private double[] high;

		private double[] low;

		private double[] close;

		private double[] volume;

		private int size;

		private Builder(Timeframe timeframe, int expectedBars) {
			this.timeframe = Objects.requireNonNull(timeframe, "timeframe");
			int capacity = Math.max(16, expectedBars);
			this.time = new long[capacity];
			this.open = new double[capacity];
			this.high = new double[capacity];
			this.low = new double[capacity];
			this.close = new double[capacity];
			this.volume = new double[capacity];
		}

		/**
		 * Appends one bar.
		 * @param epochMillis open time, UTC, later than the previous bar's
		 * @throws IllegalArgumentException when the bar is out of order or has a
		 * {@link BarDefect}
		 */
		public Builder add(long epochMillis, double open, double high, double low, double close, double volume) {
			if (this.size > 0 && epochMillis <= this.time[this.size - 1]) {
				throw new IllegalArgumentException(
						"bar at " + epochMillis + " does not follow the previous bar at " + this.time[this.size - 1]);
			}
			BarDefect.of(open, high, low, close, volume).ifPresent((defect) -> {
				throw new IllegalArgumentException("bar at " + epochMillis + ": " + defect.reason());
			});
			if (this.size == this.time.length) {
				grow();
			}
			int i = this.size++;
			this.time[i] = epochMillis;
			this.open[i] = open;
			this.high[i] = high;
			this.low[i] = low;
			this.close[i] = close;
			this.volume[i] = volume;
			return this;
		}

		/** The number of bars appended so far. */
		public int size() {
			return this.size;
		}

		/**
		 * The series of the bars appended so far. The builder may be used again
		 * afterwards.
		 */
		public BarSeries build() {
			return new BarSeries(this.timeframe, Arrays.copyOf(this.time, this.size),
					Arrays.copyOf(this.open, this.size), Arrays.copyOf(this.high, this.size),
					Arrays.copyOf(this.low, this.size), Arrays.copyOf(this.close, this.size),
					Arrays.copyOf(this.volume, this.size));
		}

		private void grow() {
			int capacity = this.time.length * 2;
			this.time = Arrays.copyOf(this.time, capacity);
			this.open = Arrays.copyOf(this.open, capacity);
			this.high = Arrays.copyOf(this.high, capacity);
			this.low = Arrays.copyOf(this.low, capacity);
			this.close = Arrays.copyOf(this.close, capacity);
			this.volume = Arrays.copyOf(this.volume, capacity);
		}

	}

}
