package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Refuses an order that would leave the position, long or short, larger than the limit
 * once it fills ({@value #CODE}). A position of exactly the limit is allowed. Only an
 * order that grows the position ({@link OrderIntent#grows}) can be refused: one that
 * leaves it smaller passes even when what is left is still over the limit (after the
 * limit was lowered, say), as refusing it would keep more risk, not less.
 *
 * @param limit the largest |position| allowed, in the instrument's quantity, positive
 */
public record MaxPositionSize(BigDecimal limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "max-position-size";

	/** Checks the limit is positive. */
	public MaxPositionSize {
		RiskLimits.requirePositive(limit, "max position quantity");
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		BigDecimal now = exposure.positionQuantity();
		BigDecimal after = order.positionAfter(now);
		if (order.reduces(now) || !order.grows(now) || after.abs().compareTo(this.limit) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new RiskBreach(CODE, "position after the order " + after.toPlainString() + " (now "
				+ now.toPlainString() + ") exceeds the limit " + this.limit.toPlainString(), false));
	}

}
