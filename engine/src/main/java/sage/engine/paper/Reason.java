package sage.engine.paper;

/** Why an order was rejected or cancelled. */
public enum Reason {

	/** The price is not a multiple of the instrument's tick. */
	OFF_TICK_PRICE("off-tick-price"),

	/** The quantity is not a multiple of the instrument's lot. */
	OFF_LOT_QUANTITY("off-lot-quantity"),

	/** {@code price * quantity} of a limit order is below the instrument's minimum. */
	BELOW_MIN_NOTIONAL("below-min-notional"),

	/** The account cannot pay for the order (or, for a buy stop, for its execution). */
	INSUFFICIENT_BALANCE("insufficient-balance"),

	/**
	 * Stop-limit and reduce-only orders, and IOC stops, are not offered by this venue.
	 */
	UNSUPPORTED_ORDER("unsupported-order"),

	/** The last trade price has already reached the stop. */
	STOP_WOULD_TRIGGER("stop-would-trigger"),

	/** No open order of that account has that id. */
	UNKNOWN_ORDER("unknown-order"),

	/** A market order's remainder found nothing left to trade against. */
	NO_LIQUIDITY("no-liquidity"),

	/** A resting order met an incoming order of the same account. */
	SELF_TRADE("self-trade"),

	/** The unfilled remainder of an immediate-or-cancel limit order. */
	IMMEDIATE_OR_CANCEL("immediate-or-cancel"),

	/** The trader asked. */
	CANCELED_BY_TRADER("canceled-by-trader");

	private final String code;

	Reason(String code) {
		this.code = code;
	}

	/** The reason as the venue's API spells it, e.g. {@code insufficient-balance}. */
	public String code() {
		return this.code;
	}

}
