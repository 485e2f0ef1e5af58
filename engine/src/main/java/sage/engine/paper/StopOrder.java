package sage.engine.paper;

import sage.engine.sim.Side;

/**
 * A stop (stop-market) order waiting for its trigger.
 *
 * @param id the order's id
 * @param account its owner
 * @param funds its owner's funds
 * @param side buy or sell
 * @param stopTicks the trigger, in ticks
 * @param lots its quantity, in lots
 */
record StopOrder(long id, long account, Funds funds, Side side, long stopTicks, long lots) {

	/** Whether a last trade at {@code lastTicks} reaches the trigger. */
	boolean isTriggeredBy(long lastTicks) {
		return (this.side == Side.BUY) ? lastTicks >= this.stopTicks : lastTicks <= this.stopTicks;
	}

	/** The order it becomes: a market order; a sell stop keeps the base it reserved. */
	RestingOrder toMarketOrder() {
		return new RestingOrder(this.id, this.account, this.funds, this.side, RestingOrder.NO_LIMIT, null, this.lots,
				this.side == Side.SELL);
	}

}
