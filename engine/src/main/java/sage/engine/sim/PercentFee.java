package sage.engine.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A fee proportional to the traded value ({@code price * quantity * rate}), with separate
 * maker and taker rates. Exact: no rounding is applied, as backtrader's percentage
 * commission does not round either.
 *
 * @param makerRate the rate for fills that made liquidity, e.g. {@code 0.001} for 0.1%
 * @param takerRate the rate for fills that took liquidity
 */
public record PercentFee(BigDecimal makerRate, BigDecimal takerRate) implements FeeModel {

	/** Checks the rates are not negative. */
	public PercentFee {
		Objects.requireNonNull(makerRate, "makerRate");
		Objects.requireNonNull(takerRate, "takerRate");
		if (makerRate.signum() < 0 || takerRate.signum() < 0) {
			throw new IllegalArgumentException("fee rates must not be negative: " + makerRate + ", " + takerRate);
		}
	}

	/** One rate for makers and takers. */
	public static PercentFee of(BigDecimal rate) {
		return new PercentFee(rate, rate);
	}

	@Override
	public BigDecimal fee(BigDecimal price, BigDecimal quantity, Liquidity liquidity) {
		BigDecimal rate = (liquidity == Liquidity.MAKER) ? this.makerRate : this.takerRate;
		return price.multiply(quantity).multiply(rate);
	}

}
