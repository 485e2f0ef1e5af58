package sage.engine.sim;

import java.math.BigDecimal;

/**
 * A round trip: from the fill that opened a position to the fill that closed (or flipped)
 * it. Partial closes and adds in between belong to the same trade.
 *
 * @param direction {@link Side#BUY} for a long trade, {@link Side#SELL} for a short one
 * @param openBar index of the bar of the opening fill
 * @param openTime open time of that bar, epoch milliseconds UTC
 * @param closeBar index of the bar of the closing fill
 * @param closeTime open time of that bar, epoch milliseconds UTC
 * @param pnl realised P&amp;L net of every fee paid during the trade (a flipping fill's
 * fee counts in the trade it closes)
 */
public record Trade(Side direction, int openBar, long openTime, int closeBar, long closeTime, BigDecimal pnl) {

	/** Whether the trade made money after fees. */
	public boolean isWin() {
		return this.pnl.signum() > 0;
	}

}
