/**
 * Market data: instruments (what can be quoted or traded, with tick and lot rules), their
 * bar history, and the bundled real data imported on first start. Other modules use
 * {@link sage.server.market.Instruments} and {@link sage.server.market.PriceHistory}.
 * Depends on {@code audit} only for the {@code Audited} its
 * {@link sage.server.market.IngestionRunStarted} implements.
 */
@ApplicationModule(displayName = "Market", allowedDependencies = { "platform", "audit" })
@NullMarked
package sage.server.market;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
