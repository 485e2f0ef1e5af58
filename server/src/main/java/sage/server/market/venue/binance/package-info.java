/**
 * Binance spot public market data through XChange.
 */
@NullMarked
package sage.server.market.venue.binance;

import org.jspecify.annotations.NullMarked;
