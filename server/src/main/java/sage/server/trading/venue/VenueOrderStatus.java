package sage.server.trading.venue;

/** Where an order stands at the venue. */
public enum VenueOrderStatus {

	/** Working, nothing filled yet. */
	NEW,

	/** Working, part filled. */
	PARTIALLY_FILLED,

	/** Completely filled. */
	FILLED,

	/** Cancelled (by Sage, or by the venue for a reason it gives elsewhere). */
	CANCELED,

	/** Refused by the venue after it was accepted for processing. */
	REJECTED,

	/**
	 * Ended by its time in force, or by the venue (self-trade prevention, a maker order
	 * that would have taken).
	 */
	EXPIRED;

	/** Whether the order can change no more. */
	public boolean isDone() {
		return this == FILLED || this == CANCELED || this == REJECTED || this == EXPIRED;
	}

}
