package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A fill to keep, named by the venue's trade id. */
public record StoredFill(String orderId, @Nullable String botId, String venueTradeId, String symbol, String side,
		BigDecimal price, BigDecimal quantity, BigDecimal fee, String feeCurrency, @Nullable Integer bar, Instant at) {
}
