package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A fill: part or all of an order traded. Kept once per venue trade id.
 *
 * @param id Sage's id
 * @param orderId the order that filled
 * @param botId the bot whose order it was; null for a person's order
 * @param venueTradeId the venue's id of the trade
 * @param symbol the instrument
 * @param side {@code BUY} or {@code SELL}
 * @param price the price it traded at
 * @param quantity how much traded
 * @param fee the fee charged
 * @param feeCurrency the fee's currency
 * @param filledAt when it traded (for a paper bot, the time of the bar it filled on)
 */
@Schema(description = "A fill of an order")
public record TradingFill(String id, String orderId, @Nullable String botId,
		@Schema(example = "b3f0c2a91d4e5f60718293a4-7-1") String venueTradeId,
		@Schema(example = "BTC-USD") String symbol, @Schema(example = "BUY") String side,
		@Schema(example = "41250.5") BigDecimal price, @Schema(example = "0.5") BigDecimal quantity,
		@Schema(example = "20.63") BigDecimal fee, @Schema(example = "USD") String feeCurrency, Instant filledAt) {
}
