/**
 * Research on top of backtests: parameter sweeps ({@link sage.engine.research.Sweep}),
 * walk-forward analysis ({@link sage.engine.research.WalkForward}) and Monte Carlo
 * reshuffling of trades ({@link sage.engine.research.MonteCarlo}).
 *
 * <p>
 * Everything here is deterministic: a sweep gives the same results in the same order on
 * one thread or many, and randomness comes only from a seed the caller passes.
 */
package sage.engine.research;
