/**
 * Clients of upstream market data services, one interface per capability
 * ({@link sage.server.market.provider.Capability}), every call guarded by an
 * {@link sage.server.market.provider.UpstreamPolicy}. Internal to the market module.
 */
@NullMarked
package sage.server.market.provider;

import org.jspecify.annotations.NullMarked;
