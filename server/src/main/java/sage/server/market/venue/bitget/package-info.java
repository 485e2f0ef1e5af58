/**
 * Bitget spot public market data: ticker and order book through XChange, candles over
 * direct REST.
 */
@NullMarked
package sage.server.market.venue.bitget;

import org.jspecify.annotations.NullMarked;
