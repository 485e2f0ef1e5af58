package sage.engine.research;

import java.util.Arrays;

/**
 * A sample of outcomes (one per Monte Carlo run), sorted, with its percentiles.
 */
public final class Distribution {

	private final double[] sorted;

	private Distribution(double[] sorted) {
		this.sorted = sorted;
	}

	/**
	 * The distribution of {@code sample}.
	 * @param sample at least one value, none NaN
	 */
	public static Distribution of(double[] sample) {
		if (sample.length == 0) {
			throw new IllegalArgumentException("an empty sample has no distribution");
		}
		double[] sorted = sample.clone();
		Arrays.sort(sorted);
		if (Double.isNaN(sorted[sorted.length - 1])) {
			throw new IllegalArgumentException("the sample holds NaN");
		}
		return new Distribution(sorted);
	}

	/** The number of outcomes. */
	public int size() {
		return this.sorted.length;
	}

	/** The outcomes, smallest first; a copy. */
	public double[] values() {
		return this.sorted.clone();
	}

	/** The smallest outcome. */
	public double min() {
		return this.sorted[0];
	}

	/** The largest outcome. */
	public double max() {
		return this.sorted[this.sorted.length - 1];
	}

	/**
	 * The {@code p}-th percentile, interpolated linearly between the two nearest order
	 * statistics (numpy's default, Hyndman and Fan's type 7): rank
	 * {@code (n - 1) * p / 100} counted from zero. Never decreases as {@code p} grows.
	 * @param p in [0, 100]
	 */
	public double percentile(double p) {
		if (!(p >= 0 && p <= 100)) {
			throw new IllegalArgumentException("a percentile lies in [0, 100]: " + p);
		}
		double rank = (this.sorted.length - 1) * p / 100;
		int below = (int) Math.floor(rank);
		if (below == this.sorted.length - 1) {
			return this.sorted[below];
		}
		double lower = this.sorted[below];
		double upper = this.sorted[below + 1];
		// lower + fraction * (upper - lower) could overshoot upper by rounding; clamp
		return Math.min(upper, lower + (rank - below) * (upper - lower));
	}

	/** The 5th, 25th, 50th, 75th and 95th percentiles. */
	public Percentiles percentiles() {
		return new Percentiles(percentile(5), percentile(25), percentile(50), percentile(75), percentile(95));
	}

	/** The share of outcomes strictly above {@code threshold}. */
	public double shareAbove(double threshold) {
		int atOrBelow = 0;
		while (atOrBelow < this.sorted.length && this.sorted[atOrBelow] <= threshold) {
			atOrBelow++;
		}
		return (double) (this.sorted.length - atOrBelow) / this.sorted.length;
	}

}
