/**
 * The numbers behind Sage: bar series, indicators, strategies, simulation, metrics and
 * risk.
 *
 * <p>
 * Plain Java on purpose: no framework, no I/O, no wall clock, no logging, no mutable
 * static state. Time arrives as data (epoch milliseconds, UTC); everything is
 * deterministic for a given input, so the same code can back a backtest, paper trading
 * and live trading.
 */
package sage.engine;
