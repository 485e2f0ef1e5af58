/**
 * The advisor's call on an asset (buy, hold or sell, over a horizon, with a confidence),
 * made by a fixed rule from the analyst's facts and the risk desk's veto, so that it can
 * be recorded and scored later.
 */
@NullMarked
package sage.server.advisor.call;

import org.jspecify.annotations.NullMarked;
