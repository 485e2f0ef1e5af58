/**
 * The paper exchange's matching engine: one instrument's order book with price-time
 * priority, the balances of the accounts trading it, and the events a venue would send
 * back. A paper exchange runs one {@link sage.engine.paper.MatchingEngine} per instrument
 * over live or replayed market data ({@link sage.engine.paper.Command.RecordTrade} moves
 * the last price that stop orders watch).
 *
 * <p>
 * Rules, chosen to be those of a plain spot venue:
 * <ul>
 * <li>Prices and quantities are {@link java.math.BigDecimal} at the API and must lie on
 * the instrument's tick and lot ({@link sage.engine.sim.InstrumentSpec}); anything else
 * is rejected with a named {@link sage.engine.paper.Reason}, never rounded. Inside, the
 * book keeps prices as {@code long} ticks and quantities as {@code long} lots.</li>
 * <li>Limit orders rest (GTC) or cancel their remainder (IOC); market orders take
 * liquidity and their unfilled remainder is cancelled with
 * {@link sage.engine.paper.Reason#NO_LIQUIDITY} (also when nothing at all could fill: the
 * order was valid, the book was empty).</li>
 * <li>Stop (stop-market) orders trigger when the last trade price reaches the stop (a buy
 * stop at or above, a sell stop at or below) and then execute as market orders. A stop
 * the last price has already reached is rejected. Stops fire once the command that moved
 * the last price has finished matching; when several are triggered, the oldest fires
 * first, and each execution moves the last price before the next is looked at. A buy stop
 * reserves nothing and is cancelled with
 * {@link sage.engine.paper.Reason#INSUFFICIENT_BALANCE} if it cannot pay when it
 * fires.</li>
 * <li>Self-trade prevention cancels the resting order: an incoming order that meets a
 * resting order of its own account cancels it
 * ({@link sage.engine.paper.Reason#SELF_TRADE}) and goes on matching behind it.</li>
 * <li>Balances: a buy limit reserves {@code price * quantity * (1 + max(maker, taker))}
 * of the quote currency, a sell limit or sell stop reserves its base quantity; a market
 * buy must afford what it would take from the book, taker fee included, when it arrives
 * (a buy stop when it triggers). Fees are {@link sage.engine.sim.PercentFee} maker/taker
 * rates, in the quote currency, exact; the seller's fee comes out of the proceeds.</li>
 * </ul>
 *
 * <p>
 * Money conservation: the total of each currency over all accounts, plus the fees
 * collected, only changes by deposits.
 */
package sage.engine.paper;
