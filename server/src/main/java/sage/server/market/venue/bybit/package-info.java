/**
 * Bybit spot public market data: tickers through XChange, klines and the order book over
 * direct REST.
 */
@NullMarked
package sage.server.market.venue.bybit;

import org.jspecify.annotations.NullMarked;
