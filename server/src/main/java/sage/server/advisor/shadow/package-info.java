/**
 * The shadow portfolio: calls a user chose to track from the advisor's answers, each
 * scored against the market's daily closes (its return, whether it was right, and
 * buy-and-hold of the same asset over the same days), with the hit rate and average
 * return by horizon, a calibration table and a performance curve.
 */
@NullMarked
package sage.server.advisor.shadow;

import org.jspecify.annotations.NullMarked;
