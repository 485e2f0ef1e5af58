package sage.server.trading.order;

import sage.server.trading.venue.VenueFill;
import sage.server.trading.venue.VenueOrder;

/**
 * One thing a venue said about an order, as {@link TrackedOrder#apply} folds it in. The
 * venue speaks in two kinds of message that arrive separately (polled lookups, the
 * user-data stream, the trade list), duplicated, late and out of order, so each is
 * applied on its own.
 */
public sealed interface OrderReport {

	/**
	 * The order as the venue says it stands: a submit's acknowledgement, a lookup, a row
	 * of the open orders, an execution report.
	 *
	 * @param order the venue's view of the order
	 */
	record Status(VenueOrder order) implements OrderReport {
	}

	/**
	 * One fill of the order.
	 *
	 * @param fill the trade, named by the venue's trade id
	 */
	record Trade(VenueFill fill) implements OrderReport {
	}

}
