package sage.server.market.provider;

import org.jspecify.annotations.Nullable;

import sage.server.market.AssetClass;

/**
 * An instrument a provider found.
 *
 * @param venueSymbol the provider's symbol
 * @param name its name
 * @param assetClass what it is, if Sage has a class for it
 * @param exchange the listing venue as the provider names it
 */
public record SearchHit(String venueSymbol, String name, @Nullable AssetClass assetClass, @Nullable String exchange) {
}
