package sage.engine.sim;

import java.math.BigDecimal;

/**
 * A trade the simulator executed for an order.
 *
 * @param orderId the id the simulator gave the order
 * @param bar the index of the bar the fill happened in
 * @param time that bar's open time, epoch milliseconds UTC
 * @param side buy or sell
 * @param quantity the filled quantity, positive
 * @param price the fill price
 * @param fee the fee charged for this fill
 * @param liquidity maker or taker
 */
public record Fill(long orderId, int bar, long time, Side side, BigDecimal quantity, BigDecimal price, BigDecimal fee,
		Liquidity liquidity) {

	/** The traded value, {@code price * quantity}, exact. */
	public BigDecimal value() {
		return this.price.multiply(this.quantity);
	}

}
