package sage.server.trading.venue;

import java.util.List;

/**
 * What came of sending a new order. The three cases ask different things of the caller:
 * track an accepted order, fix or drop a rejected one, and look up one whose outcome is
 * unknown before doing anything else with it.
 */
public sealed interface SubmitResult {

	/** The client order id of the order this is about. */
	String clientOrderId();

	/**
	 * The venue took the order.
	 *
	 * @param order the order as the venue reported it
	 * @param fills what it filled at once (a market order often fills completely before
	 * the answer), oldest first; empty when the venue reported none
	 */
	record Accepted(VenueOrder order, List<VenueFill> fills) implements SubmitResult {

		public Accepted {
			fills = List.copyOf(fills);
		}

		@Override
		public String clientOrderId() {
			return this.order.clientOrderId();
		}

	}

	/**
	 * The venue did not place the order, for certain: it refused it, or the order was
	 * never sent because the venue is rate limiting or banning this client.
	 *
	 * @param clientOrderId the order's client order id
	 * @param failure why
	 */
	record Rejected(String clientOrderId, VenueFailure failure) implements SubmitResult {
	}

	/**
	 * The order may or may not have been placed: the venue failed (HTTP 5xx), did not
	 * answer in time, dropped the connection, or answered in a form that could not be
	 * read. Resolve it with {@link ExchangeVenue#findByClientOrderId}; never send it
	 * again under a new id before that.
	 *
	 * @param clientOrderId the id to look it up by
	 * @param cause what happened, for the log
	 */
	record OutcomeUnknown(String clientOrderId, String cause) implements SubmitResult {
	}

}
