/**
 * Bitget spot orders, balances and trades over its signed v2 REST API
 * ({@code /api/v2/spot}), as an {@link sage.server.trading.venue.ExchangeVenue}:
 * {@link BitgetSpotVenue}.
 *
 * <p>
 * The same rules as the Binance and OKX venues, in Bitget's terms: a new order is never
 * re-sent after an unclear answer; refusals come with a {@code code} other than
 * {@code "00000"} (HTTP 400, sometimes 200), classified once in {@link BitgetErrors}; an
 * expired timestamp ({@code 40008}) is the only refusal followed by a re-send, after the
 * clock offset is measured from {@code GET /api/v2/public/time}. Bitget answers HTTP 429
 * (code {@code 429}) per endpoint, and after one nothing is sent until its
 * {@code Retry-After} or a short configured pause
 * ({@link BitgetLimits#rateLimitWithoutRetryAfter()}) has passed.
 *
 * <p>
 * Bitget keys carry a passphrase, sent in {@code ACCESS-PASSPHRASE}; like the secret and
 * the signature it is never logged.
 *
 * @see <a href="https://www.bitget.com/api-doc/spot/intro">Bitget API v2, spot</a>
 */
@NullMarked
package sage.server.trading.venue.bitget;

import org.jspecify.annotations.NullMarked;
