/**
 * OKX spot (cash) orders, balances and trades over its signed v5 REST API
 * ({@code /api/v5}), as an {@link sage.server.trading.venue.ExchangeVenue}:
 * {@link OkxSpotVenue}.
 *
 * <p>
 * The same rules as the Binance venue, in OKX's terms: a new order is never re-sent after
 * an unclear answer; refusals come as HTTP 200 with a non-zero {@code code} and the
 * order's own {@code sCode}, classified once in {@link OkxErrors}; an expired timestamp
 * ({@code 50102}) is the only refusal followed by a re-send, after the clock offset is
 * measured from {@code GET /api/v5/public/time}. OKX has no request-weight budget to
 * track and no ban status like Binance's HTTP 418: it answers HTTP 429 (code
 * {@code 50011}) per endpoint, and after one nothing is sent until its
 * {@code Retry-After} or a short configured pause
 * ({@link OkxLimits#rateLimitWithoutRetryAfter()}) has passed.
 *
 * <p>
 * OKX keys carry a passphrase, sent in {@code OK-ACCESS-PASSPHRASE}; like the secret and
 * the signature it is never logged.
 *
 * @see <a href="https://www.okx.com/docs-v5/en/">OKX API v5</a>
 */
@NullMarked
package sage.server.trading.venue.okx;

import org.jspecify.annotations.NullMarked;
