package sage.engine.strategy;

/**
 * The state of one level of a {@link Grid}: idle, buying at its level, holding what it
 * bought (for the moment between seeing the fill and placing the sell), or selling one
 * level up.
 *
 * @param state where the slot is in its cycle
 * @param orderId the working order's id, 0 when there is none
 */
record GridSlot(State state, long orderId) {

	/** No order, nothing held. */
	static final GridSlot IDLE = new GridSlot(State.IDLE, 0);

	/** The states of a slot, in cycle order. */
	enum State {

		/** No order, nothing held. */
		IDLE,

		/** A buy limit is working at the slot's level. */
		BUYING,

		/** The buy filled; the sell is not placed yet. */
		HELD,

		/** A sell limit is working one level up. */
		SELLING

	}

	static GridSlot buying(long orderId) {
		return new GridSlot(State.BUYING, orderId);
	}

	static GridSlot held(long buyOrderId) {
		return new GridSlot(State.HELD, buyOrderId);
	}

	static GridSlot selling(long orderId) {
		return new GridSlot(State.SELLING, orderId);
	}

}
