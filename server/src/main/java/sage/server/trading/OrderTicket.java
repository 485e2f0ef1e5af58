package sage.server.trading;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * An order a person places by hand on a live account, as the order ticket sends it. The
 * quantity is rounded down to the instrument's lot and a limit price to its tick in the
 * trader's favour (a buy down, a sell up) before the intent is committed; what is
 * committed is what the exchange is sent.
 *
 * @param accountId the live account to trade on
 * @param symbol the exchange's symbol ({@code BTCUSDT} on Binance)
 * @param side {@code BUY} or {@code SELL}
 * @param type {@code MARKET} or {@code LIMIT}
 * @param quantity in the base asset
 * @param limitPrice the limit, for a limit order only
 * @param timeInForce {@code GTC} (the default) or {@code IOC}, for a limit order
 */
@Schema(description = "An order placed by hand on a live account")
public record OrderTicket(
		@Schema(example = "5b0f3f0e-8d0a-4c55-9a55-2f1c8f3f4a10",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String accountId,
		@Schema(example = "BTCUSDT", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String symbol,
		@Schema(example = "BUY", allowableValues = {
				"BUY", "SELL" }, requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String side,
		@Schema(example = "LIMIT", allowableValues = { "MARKET", "LIMIT" },
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String type,
		@Schema(example = "0.0015", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable BigDecimal quantity,
		@Schema(example = "41250.5") @Nullable BigDecimal limitPrice,
		@Schema(example = "GTC", allowableValues = { "GTC", "IOC" }) @Nullable String timeInForce){
}
