/**
 * Performance analytics of an equity curve and its trades: returns, CAGR, volatility,
 * Sharpe, Sortino, drawdowns, Calmar, trade statistics, exposure and a buy-and-hold
 * benchmark. Analytics, so {@code double}. Time comes from the bars' open times (epoch
 * milliseconds), never from the wall clock; the annualisation factor is always passed in
 * ({@link sage.engine.metrics.Annualisation}).
 */
package sage.engine.metrics;
