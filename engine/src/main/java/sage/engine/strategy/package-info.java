/**
 * Strategies: one {@link sage.engine.strategy.Strategy} interface, the parameters each
 * strategy publishes, the reference strategies, and {@link sage.engine.strategy.Backtest}
 * which runs a strategy through the {@link sage.engine.sim.Simulator}.
 */
package sage.engine.strategy;
