package sage.server.trading;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.engine.pretrade.RiskLimits;

/**
 * A bot's pre-trade risk limits; each left out (null) is not checked. Fixed when the bot
 * is created: a bot replayed after a restart must decide as it did the first time.
 *
 * @param maxPositionQuantity largest position (either side) after an order fills
 * @param maxOrderNotional largest order value, quantity times price
 * @param maxOpenOrders most orders working at once
 * @param allowedSymbols the symbols it may trade; empty or left out for any
 * @param maxLeverage largest gross exposure over equity
 * @param maxDailyLoss largest loss in a UTC day, in the bot's currency; beyond it the bot
 * stops
 * @param maxDrawdown largest fall from peak equity, a fraction (0.2 is 20%); beyond it
 * the bot stops
 */
@Schema(description = "Pre-trade risk limits; each one left out is not checked")
public record BotLimits(@Schema(example = "2") @Nullable BigDecimal maxPositionQuantity,
		@Schema(example = "5000") @Nullable BigDecimal maxOrderNotional,
		@Schema(example = "20") @Nullable Integer maxOpenOrders, @Nullable List<String> allowedSymbols,
		@Schema(example = "1") @Nullable BigDecimal maxLeverage,
		@Schema(example = "500") @Nullable BigDecimal maxDailyLoss,
		@Schema(example = "0.25") @Nullable BigDecimal maxDrawdown) {

	/** No limit at all. */
	public static final BotLimits NONE = new BotLimits(null, null, null, null, null, null, null);

	/** Copies the symbols. */
	public BotLimits {
		allowedSymbols = (allowedSymbols != null) ? List.copyOf(allowedSymbols) : List.of();
	}

	/**
	 * The engine's limits for the pre-trade check; an empty symbol list allows any
	 * symbol.
	 * @throws IllegalArgumentException for a limit that is not positive, or a drawdown
	 * beyond 1
	 */
	public RiskLimits riskLimits() {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders,
				this.allowedSymbols.isEmpty() ? null : new HashSet<>(this.allowedSymbols), this.maxLeverage,
				this.maxDailyLoss, this.maxDrawdown);
	}

}
