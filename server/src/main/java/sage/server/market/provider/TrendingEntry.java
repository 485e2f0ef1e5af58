package sage.server.market.provider;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An instrument on a provider's trending list, in the provider's order.
 *
 * @param venueSymbol the provider's symbol
 * @param name its name, if given
 * @param price its price, if given
 * @param changePercent its change in percent, if given
 */
public record TrendingEntry(String venueSymbol, @Nullable String name, @Nullable BigDecimal price,
		@Nullable BigDecimal changePercent) {
}
