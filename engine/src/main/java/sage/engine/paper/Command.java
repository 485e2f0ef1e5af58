package sage.engine.paper;

import java.math.BigDecimal;
import java.util.Objects;

import sage.engine.sim.Order;

/** What the matching engine is asked to do; each command yields zero or more events. */
public sealed interface Command permits Command.PlaceOrder, Command.CancelOrder, Command.RecordTrade {

	/**
	 * Place an order. The engine numbers every placement, accepted or not, from 1.
	 *
	 * @param account who places it
	 * @param order a market, limit or stop order (stop-limit and reduce-only are
	 * rejected)
	 */
	record PlaceOrder(long account, Order order) implements Command {

		/** Checks the order is there. */
		public PlaceOrder {
			Objects.requireNonNull(order, "order");
		}

	}

	/**
	 * Cancel an open order (resting limit or untriggered stop) of the account.
	 *
	 * @param account who asks: only the order's owner may cancel it
	 * @param orderId the id the engine gave the order
	 */
	record CancelOrder(long account, long orderId) implements Command {
	}

	/**
	 * A trade printed by the real market (live or replayed data): it moves the last
	 * price, which triggers stops, and trades nothing in the paper book.
	 *
	 * @param price the trade price, on the instrument's tick
	 */
	record RecordTrade(BigDecimal price) implements Command {

		/** Checks the price is positive. */
		public RecordTrade {
			Objects.requireNonNull(price, "price");
			if (price.signum() <= 0) {
				throw new IllegalArgumentException("price must be positive: " + price);
			}
		}

	}

}
