package sage.engine.sim;

import java.math.BigDecimal;

/**
 * The ledger of a simulation at one moment, all exact.
 *
 * @param cash cash held
 * @param position the open position
 * @param realisedPnl P&amp;L realised so far, gross of fees
 * @param feesPaid fees paid so far
 */
public record Account(BigDecimal cash, Position position, BigDecimal realisedPnl, BigDecimal feesPaid) {

	/**
	 * The ledger after {@code fills}, oldest first, starting from {@code initialCash} and
	 * flat: what a simulation that made these fills would hold. For a runtime that keeps
	 * fills and works its cash, position and P&amp;L out of them.
	 */
	public static Account after(BigDecimal initialCash, Iterable<Fill> fills) {
		Ledger ledger = new Ledger(initialCash);
		for (Fill fill : fills) {
			ledger.apply(fill);
		}
		return ledger.account();
	}

	/** Cash plus the position's value at {@code mark}. */
	public BigDecimal equity(BigDecimal mark) {
		return this.position.isFlat() ? this.cash : this.cash.add(this.position.marketValue(mark));
	}

	/** The open position's P&amp;L at {@code mark}, exact. */
	public BigDecimal unrealisedPnl(BigDecimal mark) {
		return this.position.unrealisedPnl(mark);
	}

}
