/**
 * Binance spot orders, balances and trades over its signed REST API ({@code /api/v3}), as
 * an {@link sage.server.trading.venue.ExchangeVenue}: {@link BinanceSpotVenue}.
 *
 * <p>
 * Plain {@code java.net.http} rather than XChange's {@code BinanceTradeService}: XChange
 * wraps {@code newOrder} in a resilience4j retry of its own (a submit must never be
 * re-sent by a library), and its rescu proxies return only the mapped body, so the
 * {@code X-MBX-USED-WEIGHT-1M} and {@code Retry-After} headers of an answer, and whether
 * a failure was an HTTP 5xx, a timeout or a refusal, cannot be read cleanly.
 *
 * @see <a href=
 * "https://developers.binance.com/docs/binance-spot-api-docs/rest-api">Binance spot REST
 * API</a>
 */
@NullMarked
package sage.server.trading.venue.binance;

import org.jspecify.annotations.NullMarked;
