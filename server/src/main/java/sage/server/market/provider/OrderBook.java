package sage.server.market.provider;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A snapshot of bids and asks.
 *
 * @param venueSymbol the provider's symbol
 * @param bids best (highest) first
 * @param asks best (lowest) first
 * @param time when the venue took the snapshot, or when it was received if the venue does
 * not say
 */
public record OrderBook(String venueSymbol, List<Level> bids, List<Level> asks, Instant time) {

	public OrderBook {
		bids = List.copyOf(bids);
		asks = List.copyOf(asks);
	}

	/** A price and the quantity resting at it. */
	public record Level(BigDecimal price, BigDecimal quantity) {
	}

}
