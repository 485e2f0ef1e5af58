/**
 * Public market data from exchanges and brokers (Binance, OKX, Upbit, Bybit, Bitget
 * through XChange, KIS over plain HTTP), as {@link sage.server.market.provider} sources:
 * each venue in its own package, disabled unless configured under
 * {@code sage.market.providers.<venue>}. Shared here: venue symbols both ways, and how a
 * client library's failures become classified upstream faults. Internal to the market
 * module.
 */
@NullMarked
package sage.server.market.venue;

import org.jspecify.annotations.NullMarked;
