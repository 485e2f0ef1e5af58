/**
 * Upbit public market data through XChange.
 */
@NullMarked
package sage.server.market.venue.upbit;

import org.jspecify.annotations.NullMarked;
