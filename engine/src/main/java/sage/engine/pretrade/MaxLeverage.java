package sage.engine.pretrade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Refuses an order that would leave the gross exposure more than the limit times the
 * equity ({@value #CODE}). The exposure after the order swaps this symbol's position,
 * valued at the order's price, for the position after the fill:
 * {@code max(0, grossExposure - |position * price|) + |positionAfter * price|}; the floor
 * at zero covers a caller who marked the position at another price. Leverage of exactly
 * the limit is allowed.
 *
 * <p>
 * Only an order that grows the position ({@link OrderIntent#grows}) can be refused: one
 * that leaves it smaller lowers the exposure, and refusing it would keep more risk. With
 * no equity left (zero or negative), no leverage is small enough, and every order that
 * grows the position is refused.
 *
 * @param limit the largest {@code gross exposure / equity}, positive: 1 is unlevered, 3
 * is three times
 */
public record MaxLeverage(BigDecimal limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "max-leverage";

	/** The fewest decimals a leverage is shown with. */
	private static final int SHOWN_SCALE = 2;

	/** Checks the limit is positive. */
	public MaxLeverage {
		RiskLimits.requirePositive(limit, "max leverage");
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		BigDecimal now = exposure.positionQuantity();
		if (order.reduces(now) || !order.grows(now)) {
			return Optional.empty();
		}
		BigDecimal gross = grossAfter(order, exposure);
		BigDecimal equity = exposure.equity();
		if (equity.signum() <= 0) {
			return Optional.of(new RiskBreach(CODE, "equity is " + equity.toPlainString()
					+ ": no order may add exposure (gross exposure after the order " + gross.toPlainString() + ")",
					false));
		}
		// gross / equity > limit, without dividing
		if (gross.compareTo(this.limit.multiply(equity)) <= 0) {
			return Optional.empty();
		}
		// rounded away from the limit, so the figure shown is above the limit too
		int scale = Math.max(SHOWN_SCALE, this.limit.stripTrailingZeros().scale());
		BigDecimal leverage = gross.divide(equity, scale, RoundingMode.UP);
		return Optional.of(new RiskBreach(CODE,
				"leverage after the order " + leverage.toPlainString() + " (gross exposure " + gross.toPlainString()
						+ ", equity " + equity.toPlainString() + ") exceeds the limit " + this.limit.toPlainString(),
				false));
	}

	/** The gross exposure if the whole order filled at its price. */
	static BigDecimal grossAfter(OrderIntent order, Exposure exposure) {
		BigDecimal price = order.price();
		BigDecimal now = exposure.positionQuantity();
		BigDecimal others = exposure.grossExposure().subtract(now.multiply(price).abs()).max(BigDecimal.ZERO);
		return others.add(order.positionAfter(now).multiply(price).abs());
	}

}
