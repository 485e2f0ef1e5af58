package sage.engine.pretrade;

import java.util.Optional;

/**
 * Refuses an order when as many orders as the limit are already working ({@value #CODE}):
 * the order would be one too many. Every order counts, a market order too, as the caller
 * cannot know it will fill at once.
 *
 * @param limit the most orders working at once, positive
 */
public record MaxOpenOrders(int limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "max-open-orders";

	/** Checks the limit is positive. */
	public MaxOpenOrders {
		if (limit <= 0) {
			throw new IllegalArgumentException("max open orders must be positive: " + limit);
		}
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		if (order.reduces(exposure.positionQuantity()) || exposure.openOrders() < this.limit) {
			return Optional.empty();
		}
		return Optional.of(new RiskBreach(CODE, exposure.openOrders() + " orders are open and the limit is "
				+ this.limit + ": the order would make " + (exposure.openOrders() + 1), false));
	}

}
