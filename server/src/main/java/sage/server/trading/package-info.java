/**
 * Trading: strategies run over history (backtests) now; paper and live bots later. Other
 * modules use {@link sage.server.trading.Backtests}. Strategies, the simulator and the
 * metrics are the engine's; this module picks the bars, runs them and keeps the results.
 */
@ApplicationModule(displayName = "Trading", allowedDependencies = { "platform", "platform :: cli", "market" })
@NullMarked
package sage.server.trading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
