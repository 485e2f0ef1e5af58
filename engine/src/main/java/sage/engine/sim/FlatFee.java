package sage.engine.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The same fee for every fill, whatever its size (a broker's ticket charge).
 *
 * @param amount the fee per fill, not negative
 */
public record FlatFee(BigDecimal amount) implements FeeModel {

	/** Checks the amount is not negative. */
	public FlatFee {
		Objects.requireNonNull(amount, "amount");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("fee must not be negative: " + amount);
		}
	}

	@Override
	public BigDecimal fee(BigDecimal price, BigDecimal quantity, Liquidity liquidity) {
		return this.amount;
	}

}
