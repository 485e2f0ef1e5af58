package sage.engine.strategy;

/**
 * A trading rule, called once per closed bar. A strategy decides from what it has seen
 * only: the context exposes the bars up to and including the current one, the position
 * and the cash, and takes its orders. Given the same bars, a strategy makes the same
 * decisions, so the same object logic runs in a backtest, in paper trading and live.
 *
 * <p>
 * A strategy may keep state built from the bars it has seen (streaming indicators); a new
 * instance is made for each run (see {@link StrategyDefinition#create}).
 */
@FunctionalInterface
public interface Strategy {

	/**
	 * Reacts to the close of bar {@link StrategyContext#index()}. Orders submitted here
	 * work from the next bar on.
	 */
	void onBar(StrategyContext context);

}
