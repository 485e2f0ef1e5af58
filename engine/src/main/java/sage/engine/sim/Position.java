package sage.engine.sim;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An open position in one instrument: a signed quantity (positive long, negative short)
 * and the signed cost basis of that quantity (what was paid for a long, minus what was
 * received for a short).
 *
 * <p>
 * The cost basis is kept instead of an average price because adding at another price
 * keeps it exact. Closing part of a position removes a pro-rata share of the basis, the
 * one division in the ledger, rounded to {@link #BASIS_SCALE} decimals; closing all of it
 * removes the whole basis. Realised and unrealised P&amp;L are both computed from the
 * same removed share, so cash plus position value always equals initial cash plus
 * realised plus unrealised P&amp;L minus fees, exactly.
 *
 * @param quantity signed quantity
 * @param costBasis signed cost basis, zero when flat
 */
public record Position(BigDecimal quantity, BigDecimal costBasis) {

	/** Decimal places of a pro-rata cost basis share. */
	public static final int BASIS_SCALE = 16;

	/** No position. */
	public static final Position FLAT = new Position(BigDecimal.ZERO, BigDecimal.ZERO);

	/** Whether no quantity is held. */
	public boolean isFlat() {
		return this.quantity.signum() == 0;
	}

	/** Whether the quantity is positive. */
	public boolean isLong() {
		return this.quantity.signum() > 0;
	}

	/** Whether the quantity is negative. */
	public boolean isShort() {
		return this.quantity.signum() < 0;
	}

	/**
	 * The average entry price, rounded half-even to {@link #BASIS_SCALE} decimals; zero
	 * when flat. For display: the ledger uses the exact cost basis.
	 */
	public BigDecimal averagePrice() {
		return isFlat() ? BigDecimal.ZERO : this.costBasis.divide(this.quantity, BASIS_SCALE, RoundingMode.HALF_EVEN);
	}

	/** The signed value of the position at {@code mark}, exact. */
	public BigDecimal marketValue(BigDecimal mark) {
		return this.quantity.multiply(mark);
	}

	/** The P&amp;L of the open quantity at {@code mark}, exact. */
	public BigDecimal unrealisedPnl(BigDecimal mark) {
		return marketValue(mark).subtract(this.costBasis);
	}

	/**
	 * The position after a trade, and the P&amp;L it realised. A trade against the
	 * position first closes it (realising P&amp;L) and opens the other side with what is
	 * left (a flip).
	 * @param side the trade's side
	 * @param quantity the traded quantity, positive
	 * @param price the trade price
	 * @return the new position and the realised P&amp;L (gross of fees)
	 */
	public Change apply(Side side, BigDecimal quantity, BigDecimal price) {
		BigDecimal signed = side.signed(quantity);
		if (isFlat() || this.quantity.signum() == signed.signum()) {
			return new Change(new Position(this.quantity.add(signed), this.costBasis.add(signed.multiply(price))),
					BigDecimal.ZERO);
		}
		BigDecimal held = this.quantity.abs();
		BigDecimal closed = quantity.min(held);
		BigDecimal removedBasis = (closed.compareTo(held) == 0) ? this.costBasis
				: this.costBasis.multiply(closed).divide(held, BASIS_SCALE, RoundingMode.HALF_EVEN);
		// a long sells the closed quantity, a short buys it back: the sign of the held
		// side
		BigDecimal realised = ((this.quantity.signum() > 0) ? closed : closed.negate()).multiply(price)
			.subtract(removedBasis);
		BigDecimal left = quantity.subtract(closed);
		Position after;
		if (left.signum() > 0) {
			BigDecimal opened = side.signed(left);
			after = new Position(opened, opened.multiply(price));
		}
		else if (closed.compareTo(held) == 0) {
			after = FLAT;
		}
		else {
			after = new Position(this.quantity.add(signed), this.costBasis.subtract(removedBasis));
		}
		return new Change(after, realised);
	}

	/**
	 * The result of applying a trade to a position.
	 *
	 * @param after the position after the trade
	 * @param realisedPnl the P&amp;L the trade realised, gross of fees
	 */
	public record Change(Position after, BigDecimal realisedPnl) {
	}

}
