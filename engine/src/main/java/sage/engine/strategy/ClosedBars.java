package sage.engine.strategy;

import java.util.Objects;

import sage.engine.series.BarSeries;

/**
 * A read-only view of the bars of a series up to and including one bar: what a strategy
 * may see at that bar's close. Reading past it throws, which is how look-ahead is made
 * impossible rather than merely discouraged.
 */
public final class ClosedBars {

	private final BarSeries series;

	private final int size;

	/**
	 * The first {@code size} bars of {@code series}.
	 */
	public ClosedBars(BarSeries series, int size) {
		this.series = Objects.requireNonNull(series, "series");
		Objects.checkFromToIndex(0, size, series.size());
		this.size = size;
	}

	/** The number of bars visible. */
	public int size() {
		return this.size;
	}

	/** Open time of bar {@code i}, epoch milliseconds UTC. */
	public long time(int i) {
		return this.series.time(Objects.checkIndex(i, this.size));
	}

	/** Open price of bar {@code i}. */
	public double open(int i) {
		return this.series.open(Objects.checkIndex(i, this.size));
	}

	/** High price of bar {@code i}. */
	public double high(int i) {
		return this.series.high(Objects.checkIndex(i, this.size));
	}

	/** Low price of bar {@code i}. */
	public double low(int i) {
		return this.series.low(Objects.checkIndex(i, this.size));
	}

	/** Close price of bar {@code i}. */
	public double close(int i) {
		return this.series.close(Objects.checkIndex(i, this.size));
	}

	/** Volume of bar {@code i}. */
	public double volume(int i) {
		return this.series.volume(Objects.checkIndex(i, this.size));
	}

	/** Close of the newest visible bar. */
	public double lastClose() {
		return close(this.size - 1);
	}

}
