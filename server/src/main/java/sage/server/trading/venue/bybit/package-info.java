/**
 * Bybit spot orders, balances and trades over its signed REST API v5
 * ({@code category=spot}), as an {@link sage.server.trading.venue.ExchangeVenue}:
 * {@link BybitSpotVenue}.
 *
 * <p>
 * Built like the Binance venue, on plain {@code java.net.http}: a submit must never be
 * re-sent by a library, and whether a failure was an HTTP 5xx, a timeout or a refusal,
 * and the {@code X-Bapi-Limit-Reset-Timestamp} of an answer, must stay readable. Bybit
 * answers most refusals with HTTP 200 and a non-zero {@code retCode}, so the answer's
 * envelope, not its status, says whether Bybit acted.
 *
 * @see <a href="https://bybit-exchange.github.io/docs/v5/intro">Bybit API v5</a>
 */
@NullMarked
package sage.server.trading.venue.bybit;

import org.jspecify.annotations.NullMarked;
