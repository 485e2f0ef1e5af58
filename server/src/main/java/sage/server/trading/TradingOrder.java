package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An order as Sage keeps it.
 *
 * @param id Sage's id
 * @param clientOrderId the id the venue knows it by, committed before it was sent
 * @param accountId the account it trades on
 * @param botId the bot that placed it; null for a person's order
 * @param symbol the instrument
 * @param side {@code BUY} or {@code SELL}
 * @param type {@code MARKET}, {@code LIMIT}, {@code STOP} or {@code STOP_LIMIT}
 * @param quantity what was asked
 * @param limitPrice the limit, for limit orders
 * @param stopPrice the trigger, for stop orders
 * @param timeInForce {@code GTC} or {@code IOC}
 * @param reduceOnly whether it may only reduce the position
 * @param state where it stands
 * @param filledQuantity how much has filled
 * @param reason why it was rejected or cancelled, with the rule's code for a pre-trade
 * check (for example {@code max-order-notional: order notional 12500 exceeds 10000})
 * @param createdAt when its intent was committed
 * @param updatedAt its last change
 * @param venueOrderId the exchange's id for it, once the exchange named it (live orders)
 * @param imported whether Sage found it at the exchange without having placed it (placed
 * on the exchange's own site, or by another program with the same key)
 */
@Schema(description = "An order, from its committed intent to its final state")
public record TradingOrder(String id, @Schema(example = "b3f0c2a91d4e5f60718293a4-7") String clientOrderId,
		String accountId, @Nullable String botId, @Schema(example = "BTC-USD") String symbol,
		@Schema(example = "BUY") String side, @Schema(example = "LIMIT") String type,
		@Schema(example = "0.5") BigDecimal quantity, @Schema(example = "41250.5") @Nullable BigDecimal limitPrice,
		@Nullable BigDecimal stopPrice, @Schema(example = "GTC") String timeInForce, boolean reduceOnly,
		OrderState state, BigDecimal filledQuantity, @Nullable String reason, Instant createdAt, Instant updatedAt,
		@Schema(example = "28457") @Nullable String venueOrderId, boolean imported) {
}
