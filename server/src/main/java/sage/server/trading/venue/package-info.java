/**
 * Placing orders on a live exchange, venue-neutral: the {@link ExchangeVenue} contract
 * the trading runtime calls, with its requests, answers and typed failures. Each venue's
 * implementation lives in a package of its own ({@code binance}).
 *
 * <p>
 * The contract is shaped by one rule: an order is never sent twice by accident. A submit
 * whose outcome the venue did not make clear is reported as
 * {@link SubmitResult.OutcomeUnknown}, never retried blindly; the caller resolves it by
 * looking the order up under its own client order id. Reads are retried, because asking
 * twice does no harm.
 *
 * <p>
 * Internal to the trading module (venue clients for market data live in
 * {@code market.venue}, which this package does not use: signed trading calls need status
 * codes, headers and retry rules of their own).
 */
@NullMarked
package sage.server.trading.venue;

import org.jspecify.annotations.NullMarked;
