package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The limits an account or a bot trades under. Every limit is optional: {@code null}
 * means no limit. {@link PreTradeCheck} turns the limits that are set into rules.
 *
 * <p>
 * The allowed symbols follow the same rule as the figures: {@code null} allows any
 * symbol, and a set allows only its symbols, so an empty set allows none. This keeps
 * {@link #merge} honest: an account that allows only {@code BTCUSDT} and a bot that
 * allows only {@code ETHUSDT} together allow nothing, not everything.
 *
 * @param maxPositionQuantity the largest |position| after an order fills, in the
 * instrument's quantity ({@value MaxPositionSize#CODE})
 * @param maxOrderNotional the largest {@code quantity * price} of one order
 * ({@value MaxOrderNotional#CODE})
 * @param maxOpenOrders the most orders working at once ({@value MaxOpenOrders#CODE})
 * @param allowedSymbols the symbols that may be traded ({@value AllowedSymbols#CODE})
 * @param maxLeverage the largest gross exposure after an order over the equity
 * ({@value MaxLeverage#CODE})
 * @param maxDailyLoss the largest loss since 00:00 UTC, in the quote currency
 * ({@value DailyLossLimit#CODE})
 * @param maxDrawdown the largest drawdown from the peak equity, a fraction in (0, 1]
 * ({@value MaxDrawdown#CODE})
 */
public record RiskLimits(BigDecimal maxPositionQuantity, BigDecimal maxOrderNotional, Integer maxOpenOrders,
		Set<String> allowedSymbols, BigDecimal maxLeverage, BigDecimal maxDailyLoss, BigDecimal maxDrawdown) {

	/** No limit at all: every order passes. */
	public static final RiskLimits NONE = new RiskLimits(null, null, null, null, null, null, null);

	/** Checks the limits that are set: positive, and the drawdown in (0, 1]. */
	public RiskLimits {
		if (maxPositionQuantity != null) {
			requirePositive(maxPositionQuantity, "max position quantity");
		}
		if (maxOrderNotional != null) {
			requirePositive(maxOrderNotional, "max order notional");
		}
		if (maxOpenOrders != null && maxOpenOrders <= 0) {
			throw new IllegalArgumentException("max open orders must be positive: " + maxOpenOrders);
		}
		if (allowedSymbols != null) {
			allowedSymbols = Set.copyOf(allowedSymbols);
		}
		if (maxLeverage != null) {
			requirePositive(maxLeverage, "max leverage");
		}
		if (maxDailyLoss != null) {
			requirePositive(maxDailyLoss, "daily loss limit");
		}
		if (maxDrawdown != null) {
			requireFraction(maxDrawdown, "max drawdown");
		}
	}

	/** These limits with another max position quantity ({@code null} for none). */
	public RiskLimits withMaxPositionQuantity(BigDecimal limit) {
		return new RiskLimits(limit, this.maxOrderNotional, this.maxOpenOrders, this.allowedSymbols, this.maxLeverage,
				this.maxDailyLoss, this.maxDrawdown);
	}

	/** These limits with another max order notional ({@code null} for none). */
	public RiskLimits withMaxOrderNotional(BigDecimal limit) {
		return new RiskLimits(this.maxPositionQuantity, limit, this.maxOpenOrders, this.allowedSymbols,
				this.maxLeverage, this.maxDailyLoss, this.maxDrawdown);
	}

	/** These limits with another max number of open orders ({@code null} for none). */
	public RiskLimits withMaxOpenOrders(Integer limit) {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, limit, this.allowedSymbols,
				this.maxLeverage, this.maxDailyLoss, this.maxDrawdown);
	}

	/** These limits with other allowed symbols ({@code null} for any). */
	public RiskLimits withAllowedSymbols(Set<String> symbols) {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders, symbols,
				this.maxLeverage, this.maxDailyLoss, this.maxDrawdown);
	}

	/** These limits with another max leverage ({@code null} for none). */
	public RiskLimits withMaxLeverage(BigDecimal limit) {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders, this.allowedSymbols,
				limit, this.maxDailyLoss, this.maxDrawdown);
	}

	/** These limits with another daily loss limit ({@code null} for none). */
	public RiskLimits withMaxDailyLoss(BigDecimal limit) {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders, this.allowedSymbols,
				this.maxLeverage, limit, this.maxDrawdown);
	}

	/** These limits with another max drawdown ({@code null} for none). */
	public RiskLimits withMaxDrawdown(BigDecimal limit) {
		return new RiskLimits(this.maxPositionQuantity, this.maxOrderNotional, this.maxOpenOrders, this.allowedSymbols,
				this.maxLeverage, this.maxDailyLoss, limit);
	}

	/**
	 * The tighter of each limit, for an order that must satisfy both sets (an account's
	 * and its bot's): the smaller figure where both are set, the one that is set where
	 * only one is, and the symbols both allow.
	 * @param other the other limits
	 */
	public RiskLimits merge(RiskLimits other) {
		Objects.requireNonNull(other, "other");
		return new RiskLimits(tighter(this.maxPositionQuantity, other.maxPositionQuantity),
				tighter(this.maxOrderNotional, other.maxOrderNotional),
				tighter(this.maxOpenOrders, other.maxOpenOrders), bothAllow(this.allowedSymbols, other.allowedSymbols),
				tighter(this.maxLeverage, other.maxLeverage), tighter(this.maxDailyLoss, other.maxDailyLoss),
				tighter(this.maxDrawdown, other.maxDrawdown));
	}

	private static <T extends Comparable<T>> T tighter(T one, T other) {
		if (one == null) {
			return other;
		}
		if (other == null) {
			return one;
		}
		return (one.compareTo(other) <= 0) ? one : other;
	}

	private static Set<String> bothAllow(Set<String> one, Set<String> other) {
		if (one == null) {
			return other;
		}
		if (other == null) {
			return one;
		}
		Set<String> both = new HashSet<>(one);
		both.retainAll(other);
		return both;
	}

	static void requirePositive(BigDecimal limit, String name) {
		Objects.requireNonNull(limit, name);
		if (limit.signum() <= 0) {
			throw new IllegalArgumentException(name + " must be positive: " + limit.toPlainString());
		}
	}

	static void requireFraction(BigDecimal limit, String name) {
		requirePositive(limit, name);
		if (limit.compareTo(BigDecimal.ONE) > 0) {
			throw new IllegalArgumentException(name + " must be a fraction in (0, 1]: " + limit.toPlainString());
		}
	}

}
