package sage.server.trading;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.engine.pretrade.RiskLimits;

/**
 * A live account's pre-trade limits, checked before every order placed on it by hand,
 * each by the engine's rule of the same code ({@code docs/pretrade-checks.md}). The rules
 * that need the account's equity (leverage, daily loss, drawdown) are not offered: a live
 * account's assets are not valued in one currency yet.
 *
 * @param maxPositionQuantity largest position (either side) in the order's symbol after
 * it fills, counting the fills Sage keeps for the account
 * @param maxOrderNotional largest order value, quantity times limit price; a market order
 * has no price to check it against and is refused while this limit is set
 * @param maxOpenOrders most orders working on the account at once
 * @param allowedSymbols the exchange symbols that may be traded; empty for any
 */
@Schema(description = "Pre-trade limits of a live account; each one left out is not checked")
public record AccountLimits(@Schema(example = "0.5") @Nullable BigDecimal maxPositionQuantity,
		@Schema(example = "2500") @Nullable BigDecimal maxOrderNotional,
		@Schema(example = "10") @Nullable Integer maxOpenOrders,
		@Schema(example = "[\"BTCUSDT\", \"ETHUSDT\"]") @Nullable List<String> allowedSymbols) {

	/** No limit at all. */
	public static final AccountLimits NONE = new AccountLimits(null, null, null, null);

	/** Copies the symbols. */
	public AccountLimits {
		allowedSymbols = (allowedSymbols != null) ? List.copyOf(allowedSymbols) : List.of();
	}

	/**
	 * The engine's limits for the pre-trade check.
	 * @throws IllegalArgumentException for a limit that is not positive
	 */
	public RiskLimits riskLimits() {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders,
				this.allowedSymbols.isEmpty() ? null : new HashSet<>(this.allowedSymbols), null, null, null);
	}

	/** Whether any limit is set. */
	public boolean any() {
		return this.maxPositionQuantity != null || this.maxOrderNotional != null || this.maxOpenOrders != null
				|| !this.allowedSymbols.isEmpty();
	}

}
