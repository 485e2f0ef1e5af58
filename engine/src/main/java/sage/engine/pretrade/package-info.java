/**
 * Pre-trade risk checks: every order a bot or a person sends passes
 * {@link sage.engine.pretrade.PreTradeCheck} first. Each check is a small
 * {@link sage.engine.pretrade.RiskRule} with a stable code; a refused order gets a
 * {@link sage.engine.pretrade.RiskBreach} that names the rule and says why, with the
 * figures.
 *
 * <p>
 * Rules, all on the caller's figures ({@link sage.engine.pretrade.Exposure}) and the
 * order's price, exact ({@link java.math.BigDecimal}, compared without dividing):
 * <ul>
 * <li>Each limit is inclusive: an order that brings a figure exactly to its limit passes;
 * one more tick is refused. The loss rules likewise stop trading only when the loss or
 * drawdown is strictly more than the limit.</li>
 * <li>Position and leverage limits apply to the position as if the whole order filled,
 * and refuse only orders that grow the position: reducing a position that is over a
 * lowered limit must stay possible.</li>
 * <li>A reduce-only order against the position passes every rule, including the allowed
 * symbols: a venue never lets it open or flip a position, and closing risk must always be
 * possible. After a loss rule stops a bot, its positions are closed with reduce-only
 * orders.</li>
 * <li>{@code daily-loss-limit} and {@code max-drawdown} breaches stop trading
 * ({@link sage.engine.pretrade.RiskBreach#stopsTrading()}); the others refuse one
 * order.</li>
 * </ul>
 *
 * <p>
 * Limits that are not set are {@code null} in {@link sage.engine.pretrade.RiskLimits};
 * stopping all trading at once (a kill switch) is the server's job, not a rule here.
 */
package sage.engine.pretrade;
