/**
 * The advisor: questions about markets answered from data. Every number an answer gives
 * comes from a {@link sage.server.advisor.facts.FactSheet} of values with their unit,
 * source and time, and a grounding check removes or marks any number the sheet does not
 * hold before the answer reaches the user. With no language model configured (the
 * default) the answer is written from the facts by templates; with one, the model writes
 * it from the same facts.
 *
 * <p>
 * Reads market data only through the market module's public services
 * ({@link sage.server.market.Quotes}, {@link sage.server.market.PriceHistory},
 * {@link sage.server.market.Indicators}, {@link sage.server.market.FearGreed}); never
 * places orders.
 */
@ApplicationModule(displayName = "Advisor",
		allowedDependencies = { "platform", "platform :: cli", "market", "identity", "audit" })
@NullMarked
package sage.server.advisor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
