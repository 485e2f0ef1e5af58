package sage.engine.pretrade;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Stops trading once the drawdown from the peak, {@code 1 - equity / peakEquity}, is more
 * than the limit ({@value #CODE}). Reaching the limit exactly is still allowed.
 *
 * @param limit the largest drawdown allowed, a fraction in (0, 1]: 0.2 is 20%
 */
public record MaxDrawdown(BigDecimal limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "max-drawdown";

	/** The fewest decimals a drawdown is shown with. */
	private static final int SHOWN_SCALE = 4;

	/** Checks the limit is in (0, 1]. */
	public MaxDrawdown {
		RiskLimits.requireFraction(limit, "max drawdown");
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		BigDecimal peak = exposure.peakEquity();
		BigDecimal equity = exposure.equity();
		// 1 - equity/peak > limit, without dividing: equity < peak * (1 - limit)
		if (order.reduces(exposure.positionQuantity())
				|| equity.compareTo(peak.multiply(BigDecimal.ONE.subtract(this.limit))) >= 0) {
			return Optional.empty();
		}
		// rounded away from the limit, so the figure shown is above the limit too
		int scale = Math.max(SHOWN_SCALE, this.limit.stripTrailingZeros().scale());
		BigDecimal drawdown = peak.subtract(equity).divide(peak, scale, RoundingMode.UP);
		return Optional
			.of(new RiskBreach(CODE, "drawdown " + drawdown.toPlainString() + " (equity " + equity.toPlainString()
					+ ", peak " + peak.toPlainString() + ") exceeds the limit " + this.limit.toPlainString(), true));
	}

}
