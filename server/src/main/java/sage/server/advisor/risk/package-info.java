/**
 * The risk desk: how risky an asset is from its volatility and drawdown, how much of a
 * portfolio it could sensibly take for the user's profile, the disclaimers every answer
 * carries, and a veto when the asset is far beyond what the user can bear. Deterministic:
 * fixed thresholds, documented where they are set.
 */
@NullMarked
package sage.server.advisor.risk;

import org.jspecify.annotations.NullMarked;
