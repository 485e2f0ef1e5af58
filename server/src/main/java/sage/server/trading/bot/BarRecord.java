package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import sage.server.trading.OrderState;
import sage.server.trading.order.OrderStore.StoredOrder;
import sage.server.trading.order.StoredFill;

/**
 * What one replayed bar did, as the database keeps it: the bar's close and the equity at
 * it, and the changes to the bot's orders.
 *
 * @param bar the bar's index
 * @param time the bar's open time
 * @param close its close
 * @param equity the bot's cash plus position at the close
 */
record BarRecord(int bar, Instant time, BigDecimal close, BigDecimal equity, List<Change> changes) {

	BarRecord {
		changes = List.copyOf(changes);
	}

	/** A change to one order. */
	sealed interface Change {

		/** The order changed. */
		StoredOrder order();

	}

	/** The paper venue took the order. */
	record Sent(StoredOrder order) implements Change {
	}

	/** The order filled, wholly or in part. */
	record Filled(StoredOrder order, StoredFill fill) implements Change {
	}

	/** The order stopped working or was refused by the venue. */
	record Ended(StoredOrder order, OrderState state, String reason) implements Change {
	}

}
