package sage.server.market.provider;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The latest price of an instrument at a provider, decimals exactly as sent.
 *
 * @param venueSymbol the provider's symbol
 * @param price last traded price
 * @param previousClose the previous session's close (or the price 24 h ago for crypto),
 * if the provider gives one
 * @param change price minus previous close, if known
 * @param changePercent that change in percent, if known
 * @param volume volume of the session or the last 24 h, if known
 * @param bid best bid, if known
 * @param ask best ask, if known
 * @param currency quote currency, if the provider says
 * @param time when the provider last updated the price
 */
public record Quote(String venueSymbol, BigDecimal price, @Nullable BigDecimal previousClose,
		@Nullable BigDecimal change, @Nullable BigDecimal changePercent, @Nullable BigDecimal volume,
		@Nullable BigDecimal bid, @Nullable BigDecimal ask, @Nullable String currency, Instant time) {
}
