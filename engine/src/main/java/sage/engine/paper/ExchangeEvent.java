package sage.engine.paper;

import java.math.BigDecimal;

import sage.engine.sim.Liquidity;
import sage.engine.sim.Order;
import sage.engine.sim.Side;

/**
 * What the matching engine reports, in the order it happened. Prices and quantities have
 * the scale of the instrument's tick and lot.
 */
public sealed interface ExchangeEvent permits ExchangeEvent.OrderAccepted, ExchangeEvent.OrderRejected,
		ExchangeEvent.Execution, ExchangeEvent.OrderCanceled, ExchangeEvent.StopTriggered {

	/** The order's id. */
	long orderId();

	/** The account that owns the order. */
	long account();

	/**
	 * The order passed its checks and is working.
	 *
	 * @param orderId the id the engine gave it
	 * @param account its owner
	 * @param order the order as placed
	 */
	record OrderAccepted(long orderId, long account, Order order) implements ExchangeEvent {
	}

	/**
	 * The command was refused; nothing changed.
	 *
	 * @param orderId the id given to the placement, or the id a cancel named
	 * @param account who asked
	 * @param reason why
	 */
	record OrderRejected(long orderId, long account, Reason reason) implements ExchangeEvent {
	}

	/**
	 * The order's remainder was cancelled and its reservation released.
	 *
	 * @param orderId the order
	 * @param account its owner
	 * @param quantity the quantity that will not fill
	 * @param reason why
	 */
	record OrderCanceled(long orderId, long account, BigDecimal quantity, Reason reason) implements ExchangeEvent {
	}

	/**
	 * A stop order's trigger was reached; it now executes as a market order.
	 *
	 * @param orderId the stop order
	 * @param account its owner
	 * @param lastPrice the last trade price that triggered it
	 */
	record StopTriggered(long orderId, long account, BigDecimal lastPrice) implements ExchangeEvent {
	}

	/**
	 * One side of one trade. A trade yields two executions with the same trade id: the
	 * taker's first, then the maker's.
	 */
	sealed interface Execution extends ExchangeEvent permits OrderFilled, OrderPartiallyFilled {

		/** The trade's id, unique in this engine, numbered from 1. */
		long tradeId();

		/** Buy or sell. */
		Side side();

		/** The trade price: the resting order's price. */
		BigDecimal price();

		/** The traded quantity. */
		BigDecimal quantity();

		/** The fee this side paid, in the quote currency. */
		BigDecimal fee();

		/** Whether this side rested (maker) or arrived (taker). */
		Liquidity liquidity();

		/** The quantity still open after this trade, zero when filled. */
		BigDecimal leavesQuantity();

	}

	/**
	 * The trade filled what was left of the order.
	 *
	 * @param tradeId the trade
	 * @param orderId the order
	 * @param account its owner
	 * @param side buy or sell
	 * @param price the trade price
	 * @param quantity the traded quantity
	 * @param fee the fee paid
	 * @param liquidity maker or taker
	 */
	record OrderFilled(long tradeId, long orderId, long account, Side side, BigDecimal price, BigDecimal quantity,
			BigDecimal fee, Liquidity liquidity) implements Execution {

		@Override
		public BigDecimal leavesQuantity() {
			return BigDecimal.ZERO;
		}

	}

	/**
	 * The trade filled part of the order; the rest is still open (or is cancelled next).
	 *
	 * @param tradeId the trade
	 * @param orderId the order
	 * @param account its owner
	 * @param side buy or sell
	 * @param price the trade price
	 * @param quantity the traded quantity
	 * @param fee the fee paid
	 * @param liquidity maker or taker
	 * @param leavesQuantity the quantity still open
	 */
	record OrderPartiallyFilled(long tradeId, long orderId, long account, Side side, BigDecimal price,
			BigDecimal quantity, BigDecimal fee, Liquidity liquidity, BigDecimal leavesQuantity) implements Execution {
	}

}
