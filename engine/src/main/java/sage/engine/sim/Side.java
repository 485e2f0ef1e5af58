package sage.engine.sim;

import java.math.BigDecimal;

/** The direction of an order or fill. */
public enum Side {

	/** Buys: increases a long or reduces a short. */
	BUY,

	/** Sells: reduces a long or opens/increases a short. */
	SELL;

	/** The signed quantity of this side: positive for a buy, negative for a sell. */
	public BigDecimal signed(BigDecimal quantity) {
		return (this == BUY) ? quantity : quantity.negate();
	}

	/** The other side. */
	public Side opposite() {
		return (this == BUY) ? SELL : BUY;
	}

}
