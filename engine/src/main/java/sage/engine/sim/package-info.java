/**
 * The event-driven backtest simulator: orders, fills, positions, fees, slippage and the
 * ledger of one instrument over a {@link sage.engine.series.BarSeries}.
 *
 * <p>
 * Money rules: bar prices are {@code double} (analytics), everything that would go to an
 * exchange or into a ledger (order price and quantity, fill price, fee, cash, realised
 * P&amp;L) is {@link java.math.BigDecimal}. A bar price becomes a ledger price through
 * {@link java.math.BigDecimal#valueOf(double)}, i.e. the shortest decimal that reads back
 * as the same double, which is the decimal the data file printed. The equity curve is a
 * {@code double[]} for analytics, computed from the exact ledger.
 */
package sage.engine.sim;
