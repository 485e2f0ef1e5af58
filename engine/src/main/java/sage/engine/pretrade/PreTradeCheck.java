package sage.engine.pretrade;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rules for one set of {@link RiskLimits}, checked before an order is sent. Only the
 * limits that are set become rules, in this order:
 * <ol>
 * <li>{@value AllowedSymbols#CODE}</li>
 * <li>{@value DailyLossLimit#CODE}</li>
 * <li>{@value MaxDrawdown#CODE}</li>
 * <li>{@value MaxOrderNotional#CODE}</li>
 * <li>{@value MaxOpenOrders#CODE}</li>
 * <li>{@value MaxPositionSize#CODE}</li>
 * <li>{@value MaxLeverage#CODE}</li>
 * </ol>
 * The order puts first what says the most: a symbol the account may not trade at all,
 * then the loss rules that stop the bot, then the order's own size, then what the order
 * does to the account.
 *
 * <p>
 * A reduce-only order against the position ({@link OrderIntent#reduces}) passes every
 * rule: it can only take risk off, and that must stay possible after a loss limit was hit
 * or a symbol was dropped from the allowed list.
 *
 * <p>
 * Immutable; one check may serve any number of threads.
 */
public final class PreTradeCheck {

	private final List<RiskRule> rules;

	/**
	 * The check for these limits.
	 * @param limits the limits; {@link RiskLimits#NONE} lets every order through
	 */
	public PreTradeCheck(RiskLimits limits) {
		Objects.requireNonNull(limits, "limits");
		List<RiskRule> set = new ArrayList<>();
		if (limits.allowedSymbols() != null) {
			set.add(new AllowedSymbols(limits.allowedSymbols()));
		}
		if (limits.maxDailyLoss() != null) {
			set.add(new DailyLossLimit(limits.maxDailyLoss()));
		}
		if (limits.maxDrawdown() != null) {
			set.add(new MaxDrawdown(limits.maxDrawdown()));
		}
		if (limits.maxOrderNotional() != null) {
			set.add(new MaxOrderNotional(limits.maxOrderNotional()));
		}
		if (limits.maxOpenOrders() != null) {
			set.add(new MaxOpenOrders(limits.maxOpenOrders()));
		}
		if (limits.maxPositionQuantity() != null) {
			set.add(new MaxPositionSize(limits.maxPositionQuantity()));
		}
		if (limits.maxLeverage() != null) {
			set.add(new MaxLeverage(limits.maxLeverage()));
		}
		this.rules = List.copyOf(set);
	}

	/** The rules checked, in the order they are checked. */
	public List<RiskRule> rules() {
		return this.rules;
	}

	/**
	 * The first rule that refuses the order, or empty when every rule lets it through.
	 * @param order the order to check
	 * @param exposure what the account holds now
	 */
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		Objects.requireNonNull(order, "order");
		Objects.requireNonNull(exposure, "exposure");
		for (RiskRule rule : this.rules) {
			Optional<RiskBreach> breach = rule.check(order, exposure);
			if (breach.isPresent()) {
				return breach;
			}
		}
		return Optional.empty();
	}

	/**
	 * Every rule that refuses the order, in the order they are checked; empty when the
	 * order passes. For showing a person all that is wrong at once.
	 * @param order the order to check
	 * @param exposure what the account holds now
	 */
	public List<RiskBreach> checkAll(OrderIntent order, Exposure exposure) {
		Objects.requireNonNull(order, "order");
		Objects.requireNonNull(exposure, "exposure");
		List<RiskBreach> breaches = new ArrayList<>();
		for (RiskRule rule : this.rules) {
			rule.check(order, exposure).ifPresent(breaches::add);
		}
		return List.copyOf(breaches);
	}

}
