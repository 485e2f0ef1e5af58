/**
 * Korea Investment &amp; Securities (KIS) Open API: OAuth access tokens and domestic
 * stock prices (current price, daily and weekly bars) over plain HTTP.
 */
@NullMarked
package sage.server.market.venue.kis;

import org.jspecify.annotations.NullMarked;
