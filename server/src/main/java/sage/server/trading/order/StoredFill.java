package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A fill to keep, named by the venue's trade id.
 *
 * @param sequence for a bot, the fill's place among all its fills (several fill on one
 * bar, in the order the venue made them)
 */
public record StoredFill(String orderId, @Nullable String botId, String venueTradeId, String symbol, String side,
		BigDecimal price, BigDecimal quantity, BigDecimal fee, String feeCurrency, @Nullable Integer bar,
		@Nullable Integer sequence, Instant at) {
}
