package sage.engine.indicator;

/** The value {@code period} steps back, from a ring of the last {@code period} values. */
final class Lag {

	private final double[] ring;

	private int next;

	private int seen;

	Lag(int period) {
		this.ring = new double[period];
	}

	/**
	 * Stores {@code value} and returns the value {@code period} steps before it, or
	 * {@code NaN} while fewer than {@code period} values came before.
	 */
	double next(double value) {
		double old = (this.seen < this.ring.length) ? Double.NaN : this.ring[this.next];
		if (this.seen < this.ring.length) {
			this.seen++;
		}
		this.ring[this.next] = value;
		this.next = (this.next + 1 == this.ring.length) ? 0 : this.next + 1;
		return old;
	}

}
