package sage.server.trading;

import java.util.List;

/**
 * Where an order stands. An order is committed {@link #NEW} before any venue hears of it;
 * {@link #UNKNOWN} is an order whose submission got no answer (a 5xx, a timeout), found
 * out by asking the venue for its client order id, never by sending it again.
 */
public enum OrderState {

	/** Committed, not yet sent. */
	NEW,
	/** The venue took it; nothing filled yet. */
	SUBMITTED,
	/** Part of it filled; the rest is working. */
	PARTIALLY_FILLED,
	/** All of it filled. */
	FILLED,
	/** It stopped working before it filled (all of it). */
	CANCELED,
	/** Refused: by a pre-trade check before it was sent, or by the venue. */
	REJECTED,
	/** Sent, but the venue's answer was lost; being resolved. */
	UNKNOWN;

	/** The states an order may still leave by being cancelled. */
	public static final List<OrderState> WORKING = List.of(NEW, SUBMITTED, PARTIALLY_FILLED, UNKNOWN);

	/** Whether nothing more can happen to the order. */
	public boolean isFinal() {
		return this == FILLED || this == CANCELED || this == REJECTED;
	}

	/** Whether the order may still fill. */
	public boolean isOpen() {
		return this == SUBMITTED || this == PARTIALLY_FILLED;
	}

}
