package sage.engine.sim;

/**
 * An accepted order while it works, with its prices as doubles for the per-bar range
 * checks (bar prices are doubles; two distinct decimals never compare the wrong way round
 * as doubles) and the trigger state of a stop-limit.
 */
final class WorkingOrder {

	final long id;

	final Order order;

	final int firstBar;

	final double limit;

	final double stop;

	/** For a stop-limit: whether the stop has triggered. */
	boolean triggered;

	/** For a triggered stop-limit: the first bar on which its limit may fill. */
	int limitFromBar;

	WorkingOrder(long id, Order order, int firstBar) {
		this.id = id;
		this.order = order;
		this.firstBar = firstBar;
		this.limit = switch (order) {
			case Order.Limit l -> l.limitPrice().doubleValue();
			case Order.StopLimit s -> s.limitPrice().doubleValue();
			default -> Double.NaN;
		};
		this.stop = switch (order) {
			case Order.Stop s -> s.stopPrice().doubleValue();
			case Order.StopLimit s -> s.stopPrice().doubleValue();
			default -> Double.NaN;
		};
	}

	void trigger(int limitFromBar) {
		this.triggered = true;
		this.limitFromBar = limitFromBar;
	}

}
