package sage.engine.paper;

import java.util.HashMap;
import java.util.Map;

/** The resting limit orders of one instrument: bids, asks, and each order by its id. */
final class OrderBook {

	final BookSide bids = new BookSide(true);

	final BookSide asks = new BookSide(false);

	private final Map<Long, RestingOrder> byId = new HashMap<>();

	private final GridStep tick;

	OrderBook(GridStep tick) {
		this.tick = tick;
	}

	/** The side an order of {@code buy} rests on. */
	BookSide own(boolean buy) {
		return buy ? this.bids : this.asks;
	}

	/** The side an order of {@code buy} takes from. */
	BookSide opposite(boolean buy) {
		return buy ? this.asks : this.bids;
	}

	/** Puts a limit order last in the queue at its price. */
	void rest(RestingOrder order) {
		own(order.isBuy()).levelAt(order.priceTicks, this.tick).append(order);
		this.byId.put(order.id, order);
	}

	/** The resting order with that id, or {@code null}. */
	RestingOrder find(long id) {
		return this.byId.get(id);
	}

	/** Takes a resting order out of the book (filled or cancelled). */
	void remove(RestingOrder order) {
		PriceLevel level = order.level;
		level.remove(order);
		if (level.isEmpty()) {
			own(order.isBuy()).remove(level);
		}
		this.byId.remove(order.id);
	}

	/** The number of resting orders. */
	int size() {
		return this.byId.size();
	}

	Iterable<RestingOrder> orders() {
		return this.byId.values();
	}

	/** Checks both sides and that the book is not crossed. */
	void checkInvariants() {
		this.bids.checkInvariants();
		this.asks.checkInvariants();
		PriceLevel bid = this.bids.best();
		PriceLevel ask = this.asks.best();
		if (bid != null && ask != null && bid.priceTicks >= ask.priceTicks) {
			throw new IllegalStateException("crossed book: " + bid.price + " >= " + ask.price);
		}
		int count = 0;
		for (BookSide side : new BookSide[] { this.bids, this.asks }) {
			for (int rank = 0; rank < side.depth(); rank++) {
				for (RestingOrder order = side.level(rank).head; order != null; order = order.next) {
					if (order.lots <= 0 || this.byId.get(order.id) != order) {
						throw new IllegalStateException("order " + order.id + " is not what the book holds");
					}
					count++;
				}
			}
		}
		if (count != this.byId.size()) {
			throw new IllegalStateException(count + " orders in levels, " + this.byId.size() + " by id");
		}
	}

}
