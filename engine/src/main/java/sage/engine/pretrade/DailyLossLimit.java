package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Stops trading once the day's loss, {@code dayStartEquity - equity}, is more than the
 * limit ({@value #CODE}). Reaching the limit exactly is still allowed; a day that began
 * with a gain has to lose it all and the limit too.
 *
 * @param limit the largest loss allowed in a day, in the quote currency, positive
 */
public record DailyLossLimit(BigDecimal limit) implements RiskRule {

	/** The rule's code. */
	public static final String CODE = "daily-loss-limit";

	/** Checks the limit is positive. */
	public DailyLossLimit {
		RiskLimits.requirePositive(limit, "daily loss limit");
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public Optional<RiskBreach> check(OrderIntent order, Exposure exposure) {
		BigDecimal loss = exposure.lossToday();
		if (order.reduces(exposure.positionQuantity()) || loss.compareTo(this.limit) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new RiskBreach(CODE,
				"loss today " + loss.toPlainString() + " (equity " + exposure.equity().toPlainString() + ", "
						+ exposure.dayStartEquity().toPlainString() + " at the start of the day) exceeds the limit "
						+ this.limit.toPlainString(),
				true));
	}

}
