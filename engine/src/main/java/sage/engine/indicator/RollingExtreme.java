package sage.engine.indicator;

/**
 * Highest or lowest of the last {@code period} values in amortised O(1) per value: a
 * monotonic deque of candidates, kept in a ring, so a long window costs what a short one
 * does.
 */
final class RollingExtreme {

	private final int period;

	private final boolean highest;

	private final double[] values;

	private final long[] indexes;

	private int head;

	private int size;

	private long index;

	private RollingExtreme(int period, boolean highest) {
		this.period = period;
		this.highest = highest;
		// one spare slot: the newest value is added before the expired one leaves
		this.values = new double[period + 1];
		this.indexes = new long[period + 1];
	}

	static RollingExtreme highest(int period) {
		return new RollingExtreme(Arguments.period("period", period, 1), true);
	}

	static RollingExtreme lowest(int period) {
		return new RollingExtreme(Arguments.period("period", period, 1), false);
	}

	/** Adds {@code value} and returns the extreme of the window that ends with it. */
	double next(double value) {
		int capacity = this.values.length;
		// Drop candidates the new value dominates: they can never be the extreme again.
		while (this.size > 0) {
			int back = (this.head + this.size - 1) % capacity;
			double candidate = this.values[back];
			if (this.highest ? candidate <= value : candidate >= value) {
				this.size--;
			}
			else {
				break;
			}
		}
		int tail = (this.head + this.size) % capacity;
		this.values[tail] = value;
		this.indexes[tail] = this.index;
		this.size++;
		if (this.indexes[this.head] <= this.index - this.period) {
			this.head = (this.head + 1) % capacity;
			this.size--;
		}
		this.index++;
		return this.values[this.head];
	}

}
