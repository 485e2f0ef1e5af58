package sage.engine.sim;

import java.math.BigDecimal;

/** What a venue charges for a fill. Implementations return exact values. */
public sealed interface FeeModel permits PercentFee, FlatFee {

	/**
	 * The fee for one fill.
	 * @param price the fill price
	 * @param quantity the filled quantity, positive
	 * @param liquidity whether the fill made or took liquidity
	 * @return the fee, not negative
	 */
	BigDecimal fee(BigDecimal price, BigDecimal quantity, Liquidity liquidity);

}
