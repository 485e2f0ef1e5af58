package sage.engine.research;

/**
 * A walk-forward fold whose train window gave no combination a value for the ranking
 * metric (every combination refused, or the metric undefined for all of them, e.g. a
 * Sharpe ratio without a single trade), so it has no parameters to test.
 */
public final class NoBestCombinationException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	private final transient Fold fold;

	private final Metric metric;

	NoBestCombinationException(Fold fold, Metric metric) {
		super("fold " + fold.number() + ": no combination has a " + metric + " on the train window");
		this.fold = fold;
		this.metric = metric;
	}

	/** The fold that had nothing to rank. */
	public Fold fold() {
		return this.fold;
	}

	/** The metric nothing had a value for. */
	public Metric metric() {
		return this.metric;
	}

}
