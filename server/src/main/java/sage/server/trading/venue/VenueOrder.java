package sage.server.trading.venue;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import sage.engine.sim.Side;

/**
 * An order as the venue reports it.
 *
 * @param clientOrderId the id Sage gave it
 * @param venueOrderId the venue's id for it
 * @param symbol the venue's symbol
 * @param side buy or sell
 * @param status where it stands
 * @param quantity the quantity ordered, in the base asset
 * @param filledQuantity how much of it has filled
 * @param price the limit price; {@code null} for orders without one (market, stop-market)
 * @param updatedAt when the venue last changed it (or placed it, when that is all it
 * says)
 */
public record VenueOrder(String clientOrderId, String venueOrderId, String symbol, Side side, VenueOrderStatus status,
		BigDecimal quantity, BigDecimal filledQuantity, @Nullable BigDecimal price, Instant updatedAt) {

	/** How much is still to fill; zero once the order is done. */
	public BigDecimal remainingQuantity() {
		return this.status.isDone() ? BigDecimal.ZERO : this.quantity.subtract(this.filledQuantity);
	}

}
