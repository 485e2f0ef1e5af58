package sage.engine.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What an exchange accepts for one instrument: the price step (tick), the quantity step
 * (lot) and the smallest order value (min notional). Rounding is owned here, so that
 * every price and quantity that leaves the engine is one the venue would accept.
 *
 * <p>
 * Rounded values have the scale of the tick (or lot), so rounding is round-trip stable
 * under {@link BigDecimal#equals}: {@code roundPrice(roundPrice(x)) == roundPrice(x)}.
 *
 * @param tickSize the price step, positive
 * @param lotSize the quantity step, positive
 * @param minNotional the smallest accepted {@code price * quantity}, zero for none
 */
public record InstrumentSpec(BigDecimal tickSize, BigDecimal lotSize, BigDecimal minNotional) {

	/** Checks the steps are positive and the min notional is not negative. */
	public InstrumentSpec {
		Objects.requireNonNull(tickSize, "tickSize");
		Objects.requireNonNull(lotSize, "lotSize");
		Objects.requireNonNull(minNotional, "minNotional");
		if (tickSize.signum() <= 0 || lotSize.signum() <= 0) {
			throw new IllegalArgumentException("tick and lot size must be positive: " + tickSize + ", " + lotSize);
		}
		if (minNotional.signum() < 0) {
			throw new IllegalArgumentException("min notional must not be negative: " + minNotional);
		}
	}

	/**
	 * A limit price the venue accepts, rounded in the trader's favour so that rounding
	 * never makes an order more aggressive than asked: a buy rounds down
	 * ({@link RoundingMode#FLOOR}), a sell rounds up ({@link RoundingMode#CEILING}).
	 */
	public BigDecimal roundPrice(BigDecimal price, Side side) {
		return toTick(price, (side == Side.BUY) ? RoundingMode.FLOOR : RoundingMode.CEILING);
	}

	/**
	 * The price on the tick grid, rounded as asked. Slippage uses this with the mode that
	 * hurts the taker (buys up, sells down).
	 */
	public BigDecimal toTick(BigDecimal price, RoundingMode mode) {
		return price.divide(this.tickSize, 0, mode).multiply(this.tickSize);
	}

	/**
	 * A quantity the venue accepts, rounded down to the lot ({@link RoundingMode#DOWN}),
	 * so that rounding never trades more than asked.
	 * @param quantity a quantity, not negative
	 */
	public BigDecimal roundQty(BigDecimal quantity) {
		if (quantity.signum() < 0) {
			throw new IllegalArgumentException("quantity must not be negative: " + quantity);
		}
		return quantity.divide(this.lotSize, 0, RoundingMode.DOWN).multiply(this.lotSize);
	}

	/** Whether the price lies on the tick grid. */
	public boolean isOnTick(BigDecimal price) {
		return price.remainder(this.tickSize).signum() == 0;
	}

	/** Whether the quantity lies on the lot grid. */
	public boolean isOnLot(BigDecimal quantity) {
		return quantity.remainder(this.lotSize).signum() == 0;
	}

}
