package sage.engine.strategy;

/**
 * Told how far a {@link Backtest} has got: every {@link #EVERY} bars and once at the end,
 * on the thread running the backtest. Keep it quick; an exception thrown here ends the
 * backtest and reaches its caller.
 */
@FunctionalInterface
public interface BacktestProgress {

	/** Bars between two reports: rare enough to cost nothing per bar. */
	int EVERY = 1 << 16;

	/** Ignores progress. */
	BacktestProgress NONE = (done, total) -> {
	};

	/**
	 * @param done bars processed so far
	 * @param total bars in the backtest
	 */
	void update(int done, int total);

}
