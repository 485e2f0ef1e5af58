package sage.engine.research;

import java.util.List;

/**
 * A walk-forward's folds and its out-of-sample equity: the test windows' equity curves
 * stitched in order, each compounded from where the previous one ended. Arrays are
 * returned as copies.
 */
public final class WalkForwardResult {

	private final List<FoldResult> folds;

	private final long[] times;

	private final double[] equity;

	private final Figures outOfSample;

	WalkForwardResult(List<FoldResult> folds, long[] times, double[] equity, Figures outOfSample) {
		this.folds = List.copyOf(folds);
		this.times = times;
		this.equity = equity;
		this.outOfSample = outOfSample;
	}

	/** Each fold's chosen parameters and figures, in fold order. */
	public List<FoldResult> folds() {
		return this.folds;
	}

	/** Open time of each out-of-sample bar, in order, epoch milliseconds UTC. */
	public long[] times() {
		return this.times.clone();
	}

	/**
	 * The stitched out-of-sample equity at each of those bars' close, starting from the
	 * initial cash.
	 */
	public double[] equity() {
		return this.equity.clone();
	}

	/**
	 * Figures of the stitched curve; its trades are every fold's out-of-sample trades,
	 * each P&amp;L scaled like its fold's equity.
	 */
	public Figures outOfSample() {
		return this.outOfSample;
	}

}
