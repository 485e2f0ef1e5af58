package sage.engine.metrics;

/**
 * Statistics of closed round trips, from their net P&amp;L.
 *
 * @param count number of trades
 * @param winRate share of trades with a positive P&amp;L; NaN without trades
 * @param profitFactor gross profit over gross loss; infinite without losses, NaN without
 * either
 * @param averageWin mean P&amp;L of winning trades; NaN without wins
 * @param averageLoss mean P&amp;L of losing trades, negative; NaN without losses
 */
public record TradeStats(int count, double winRate, double profitFactor, double averageWin, double averageLoss) {

	/**
	 * The statistics of trades with these net P&amp;Ls; a zero P&amp;L is neither win nor
	 * loss.
	 */
	public static TradeStats of(double[] pnls) {
		int wins = 0;
		int losses = 0;
		double profit = 0;
		double loss = 0;
		for (double pnl : pnls) {
			if (pnl > 0) {
				wins++;
				profit += pnl;
			}
			else if (pnl < 0) {
				losses++;
				loss += pnl;
			}
		}
		double profitFactor = (losses > 0) ? profit / -loss : ((wins > 0) ? Double.POSITIVE_INFINITY : Double.NaN);
		return new TradeStats(pnls.length, (pnls.length > 0) ? (double) wins / pnls.length : Double.NaN, profitFactor,
				(wins > 0) ? profit / wins : Double.NaN, (losses > 0) ? loss / losses : Double.NaN);
	}

}
