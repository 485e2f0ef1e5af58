package sage.engine.paper;

import java.math.BigDecimal;

import sage.engine.sim.Side;

/**
 * An order in the engine's hands: resting in the book (a limit order), or arriving and
 * taking liquidity (any order, for the length of one match). Linked to its neighbours at
 * the same price, so that cancelling it and filling the head of a level cost O(1).
 */
final class RestingOrder {

	/** {@link #priceTicks} of a market order, which has no limit. */
	static final long NO_LIMIT = Long.MIN_VALUE;

	final long id;

	final long account;

	final Funds funds;

	final Side side;

	/** The limit in ticks, or {@link #NO_LIMIT}. */
	final long priceTicks;

	/** The limit, or {@code null} for a market order. */
	final BigDecimal price;

	/**
	 * Whether this order set money aside when it was placed: limit orders and sell stops
	 * did, market orders and buy stops pay from the available balance.
	 */
	final boolean reserved;

	/** Lots still open. */
	long lots;

	PriceLevel level;

	RestingOrder previous;

	RestingOrder next;

	RestingOrder(long id, long account, Funds funds, Side side, long priceTicks, BigDecimal price, long lots,
			boolean reserved) {
		this.id = id;
		this.account = account;
		this.funds = funds;
		this.side = side;
		this.priceTicks = priceTicks;
		this.price = price;
		this.lots = lots;
		this.reserved = reserved;
	}

	boolean isBuy() {
		return this.side == Side.BUY;
	}

	/** Whether this order, arriving, may trade at {@code ticks}. */
	boolean accepts(long ticks) {
		if (this.priceTicks == NO_LIMIT) {
			return true;
		}
		return isBuy() ? ticks <= this.priceTicks : ticks >= this.priceTicks;
	}

}
