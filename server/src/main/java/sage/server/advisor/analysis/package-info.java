/**
 * The analyst: facts about an instrument (price, changes, trend, RSI, volatility,
 * drawdown, support and resistance) and about the market's mood (Fear &amp; Greed), read
 * through the market module's public services only. Every fact names the API path that
 * shows the same value, and a value the API shows is kept exactly as it shows it.
 */
@NullMarked
package sage.server.advisor.analysis;

import org.jspecify.annotations.NullMarked;
