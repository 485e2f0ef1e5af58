package sage.engine.strategy;

import java.util.Objects;

import sage.engine.series.BarSeries;

/**
 * A read-only view of the bars of a series up to and including one bar: what a strategy
 * may see at that bar's close. Reading past it throws, which is how look-ahead is made
 * impossible rather than merely discouraged.
 *
 * <p>
 * {@link Backtest} moves one view forward bar by bar instead of making a view per bar (a
 * million-bar run would otherwise allocate a million of them): a view a strategy keeps
 * from an earlier bar shows, when read later, the bars closed by then, never a bar that
 * has not closed.
 */
public final class ClosedBars {

	private final BarSeries series;

	private int size;

	/**
	 * The first {@code size} bars of {@code series}.
	 */
	public ClosedBars(BarSeries series, int size) {
		this.series = Objects.requireNonNull(series, "series");
		Objects.checkFromToIndex(0, size, series.size());
		this.size = size;
	}

	/** Shows one more bar: the next bar of the series has closed. */
	void advance() {
		Objects.checkIndex(this.size, this.series.size());
		this.size++;
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
