package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.List;

import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;

/** What a strategy sees and may do at the close of one bar. */
public interface StrategyContext {

	/** The index of the bar that just closed. */
	int index();

	/** The bars up to and including the one that just closed; nothing later. */
	ClosedBars bars();

	/** The open position. */
	Position position();

	/** The cash. */
	BigDecimal cash();

	/**
	 * The instrument's tick, lot and min notional, for rounding order prices and sizes.
	 */
	InstrumentSpec instrument();

	/** The orders still working. */
	List<OpenOrder> openOrders();

	/**
	 * Submits an order; it works from the next bar on.
	 * @return the order's id
	 */
	long submit(Order order);

	/**
	 * Cancels a working order.
	 * @return whether it was working
	 */
	boolean cancel(long orderId);

}
