package sage.engine.pretrade;

import java.util.Objects;

/**
 * Why an order was refused.
 *
 * @param rule the code of the rule that refused it, e.g. {@code max-order-notional}
 * @param reason a sentence for people, with the figures, e.g. {@code order notional
 * 12500.00 exceeds the limit 10000.00}
 * @param stopsTrading whether the bot must stop rather than skip this order: true for the
 * loss rules ({@code daily-loss-limit}, {@code max-drawdown}), whose breach no other
 * order would cure
 */
public record RiskBreach(String rule, String reason, boolean stopsTrading) {

	/** Checks the fields. */
	public RiskBreach {
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(reason, "reason");
		if (rule.isBlank() || reason.isBlank()) {
			throw new IllegalArgumentException("a breach names its rule and reason");
		}
	}

}
