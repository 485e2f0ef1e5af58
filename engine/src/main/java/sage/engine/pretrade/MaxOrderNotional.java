package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Refuses an order whose {@code quantity * price} is more than the limit
 * ({@value #CODE}); an order of exactly the limit passes. Guards against a fat finger or
 * a bot's sizing bug, so it applies to every order but a reduce-only one, closing orders
 * included.
 *
 * @param limit the largest order value, in the quote currency, positive
 */
public record MaxOrderNotional(BigDecimal limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "max-order-notional";

	/** Checks the limit is positive. */
	public MaxOrderNotional {
		RiskLimits.requirePositive(limit, "max order notional");
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		BigDecimal notional = order.notional();
		if (order.reduces(exposure.positionQuantity()) || notional.compareTo(this.limit) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new RiskBreach(CODE,
				"order notional " + notional.toPlainString() + " exceeds the limit " + this.limit.toPlainString(),
				false));
	}

}
