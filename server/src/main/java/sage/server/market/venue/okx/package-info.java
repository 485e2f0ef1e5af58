/**
 * OKX spot public market data through XChange.
 */
@NullMarked
package sage.server.market.venue.okx;

import org.jspecify.annotations.NullMarked;
