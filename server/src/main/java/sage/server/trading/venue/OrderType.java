package sage.server.trading.venue;

/**
 * The kinds of order a venue is asked to place, named as Binance spot names them (most
 * venues have the same set under other names). Each kind says which prices it needs and
 * whether it takes a time in force.
 */
public enum OrderType {

	/** Fills at once against the book. */
	MARKET(false, false, false),

	/** Rests at its price until filled, cancelled or expired by its time in force. */
	LIMIT(true, false, true),

	/** A limit order that is rejected rather than taking liquidity (post-only). */
	LIMIT_MAKER(true, false, false),

	/** Becomes a market order when the stop price trades. */
	STOP_LOSS(false, true, false),

	/** Becomes a limit order when the stop price trades. */
	STOP_LOSS_LIMIT(true, true, true),

	/** Becomes a market order when the profit-taking stop price trades. */
	TAKE_PROFIT(false, true, false),

	/** Becomes a limit order when the profit-taking stop price trades. */
	TAKE_PROFIT_LIMIT(true, true, true);

	private final boolean needsPrice;

	private final boolean needsStopPrice;

	private final boolean takesTimeInForce;

	OrderType(boolean needsPrice, boolean needsStopPrice, boolean takesTimeInForce) {
		this.needsPrice = needsPrice;
		this.needsStopPrice = needsStopPrice;
		this.takesTimeInForce = takesTimeInForce;
	}

	/** Whether the order carries a limit price. */
	public boolean needsPrice() {
		return this.needsPrice;
	}

	/** Whether the order carries a stop (trigger) price. */
	public boolean needsStopPrice() {
		return this.needsStopPrice;
	}

	/**
	 * Whether the venue takes a time in force with it; for the others it is not sent
	 * (Binance rejects it on a market order).
	 */
	public boolean takesTimeInForce() {
		return this.takesTimeInForce;
	}

}
