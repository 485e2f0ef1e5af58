package sage.engine.pretrade;

import java.math.BigDecimal;
import java.util.Objects;

import sage.engine.sim.Side;

/**
 * An order as the pre-trade check sees it, before it goes to a venue.
 *
 * @param symbol the instrument, e.g. {@code BTCUSDT}
 * @param side buy or sell
 * @param quantity positive
 * @param price the limit price, or for a market or stop order the reference price the
 * caller supplies (the last price, the stop price); positive
 * @param reduceOnly whether the order may only reduce the position (see
 * {@link #reduces(BigDecimal)})
 */
public record OrderIntent(String symbol, Side side, BigDecimal quantity, BigDecimal price, boolean reduceOnly) {

	/** Checks the fields. */
	public OrderIntent {
		Objects.requireNonNull(symbol, "symbol");
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(quantity, "quantity");
		Objects.requireNonNull(price, "price");
		if (symbol.isBlank()) {
			throw new IllegalArgumentException("symbol must not be blank");
		}
		if (quantity.signum() <= 0) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("price must be positive: " + price);
		}
	}

	/** {@code quantity * price}, exact. */
	public BigDecimal notional() {
		return this.quantity.multiply(this.price);
	}

	/**
	 * The signed position if the whole order filled.
	 * @param positionQuantity the signed position now, negative for a short
	 */
	public BigDecimal positionAfter(BigDecimal positionQuantity) {
		return positionQuantity.add(this.side.signed(this.quantity));
	}

	/**
	 * Whether filling the whole order leaves a larger position, long or short, than now.
	 * A flip counts by size: selling 8 against a long of 3 grows the position to 5.
	 * @param positionQuantity the signed position now, negative for a short
	 */
	public boolean grows(BigDecimal positionQuantity) {
		return positionAfter(positionQuantity).abs().compareTo(positionQuantity.abs()) > 0;
	}

	/**
	 * Whether this is a reduce-only order against a position on the other side. A venue
	 * fills a reduce-only order at most up to the open quantity, so such an order can
	 * only take risk off, whatever its quantity; the pre-trade rules never refuse it.
	 * @param positionQuantity the signed position now, negative for a short
	 */
	public boolean reduces(BigDecimal positionQuantity) {
		return this.reduceOnly && againstThe(positionQuantity);
	}

	private boolean againstThe(BigDecimal positionQuantity) {
		return (this.side == Side.BUY) ? positionQuantity.signum() < 0 : positionQuantity.signum() > 0;
	}

}
