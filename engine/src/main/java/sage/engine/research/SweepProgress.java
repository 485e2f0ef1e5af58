package sage.engine.research;

/**
 * Told each time a sweep finishes a combination.
 *
 * <p>
 * Called from the sweep's worker threads, possibly at the same time from several of them,
 * so an implementation must be thread-safe. Each value of {@code done} from 1 to
 * {@code total} is reported exactly once (unless the sweep stops early), but not
 * necessarily in order: a thread may report 7 before another reports 6. Keep it quick: a
 * worker does not start its next backtest until the call returns. An exception thrown
 * here stops the sweep and is rethrown by {@link Sweep#run}.
 */
@FunctionalInterface
public interface SweepProgress {

	/** Ignores progress. */
	SweepProgress NONE = (done, total) -> {
	};

	/**
	 * @param done combinations finished so far
	 * @param total combinations in the sweep
	 */
	void update(int done, int total);

}
