package sage.server.trading.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.trading.OrderState;

/**
 * An order as committed before any venue call.
 *
 * @param state {@code NEW}, or {@code REJECTED} when a pre-trade check refused it (kept,
 * so that the refusal is on record and a replay refuses it again under the same id)
 * @param decidedBar for a paper bot, the bar at whose close it was decided
 */
public record OrderIntent(String id, UUID owner, String accountId, @Nullable String botId, String clientOrderId,
		String symbol, String side, String type, BigDecimal quantity, @Nullable BigDecimal limitPrice,
		@Nullable BigDecimal stopPrice, String timeInForce, boolean reduceOnly, OrderState state,
		@Nullable String reason, @Nullable Integer decidedBar, Instant at) {
}
