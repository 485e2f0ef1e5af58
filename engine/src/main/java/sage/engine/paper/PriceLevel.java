package sage.engine.paper;

import java.math.BigDecimal;

/** The orders resting at one price, oldest first (time priority). */
final class PriceLevel {

	final long priceTicks;

	final BigDecimal price;

	RestingOrder head;

	RestingOrder tail;

	PriceLevel(long priceTicks, BigDecimal price) {
		this.priceTicks = priceTicks;
		this.price = price;
	}

	boolean isEmpty() {
		return this.head == null;
	}

	void append(RestingOrder order) {
		order.level = this;
		order.previous = this.tail;
		order.next = null;
		if (this.tail == null) {
			this.head = order;
		}
		else {
			this.tail.next = order;
		}
		this.tail = order;
	}

	void remove(RestingOrder order) {
		if (order.previous == null) {
			this.head = order.next;
		}
		else {
			order.previous.next = order.next;
		}
		if (order.next == null) {
			this.tail = order.previous;
		}
		else {
			order.next.previous = order.previous;
		}
		order.level = null;
		order.previous = null;
		order.next = null;
	}

}
