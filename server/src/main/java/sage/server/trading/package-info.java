/**
 * Trading: strategies run over history (backtests, sweeps), paper bots over replayed
 * bars, live exchange accounts with orders by hand and bots that trade new bars there.
 * Other modules use {@link sage.server.trading.Backtests},
 * {@link sage.server.trading.Bots} and {@link sage.server.trading.LiveOrders}.
 * Strategies, the simulator and the metrics are the engine's; this module picks the bars,
 * runs them, talks to the exchanges and keeps the results.
 *
 * <p>
 * Depends on {@code identity} only for {@code SignedInUser}, the caller that owns what it
 * asks for, and on {@code audit} for the {@code Audited} its {@link ResearchEvent}s
 * implement.
 */
@ApplicationModule(displayName = "Trading",
		allowedDependencies = { "platform", "platform :: cli", "market", "identity", "audit" })
@NullMarked
package sage.server.trading;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
