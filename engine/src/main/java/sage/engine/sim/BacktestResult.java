package sage.engine.sim;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a simulation produced. Arrays are returned as copies.
 */
public final class BacktestResult {

	private final BigDecimal initialCash;

	private final long[] times;

	private final double[] equity;

	private final double[] positionQuantity;

	private final List<Fill> fills;

	private final List<Trade> trades;

	private final List<Rejection> rejections;

	private final Account finalAccount;

	private final BigDecimal finalEquity;

	BacktestResult(BigDecimal initialCash, long[] times, double[] equity, double[] positionQuantity, List<Fill> fills,
			List<Trade> trades, List<Rejection> rejections, Account finalAccount, BigDecimal finalEquity) {
		this.initialCash = initialCash;
		this.times = times;
		this.equity = equity;
		this.positionQuantity = positionQuantity;
		this.fills = fills;
		this.trades = trades;
		this.rejections = rejections;
		this.finalAccount = finalAccount;
		this.finalEquity = finalEquity;
	}

	/** The cash at the start. */
	public BigDecimal initialCash() {
		return this.initialCash;
	}

	/** Open time of each simulated bar, epoch milliseconds UTC. */
	public long[] times() {
		return this.times.clone();
	}

	/** Cash plus position value at each bar's close (analytics, {@code double}). */
	public double[] equity() {
		return this.equity.clone();
	}

	/** The signed position quantity at each bar's close (analytics, {@code double}). */
	public double[] positionQuantity() {
		return this.positionQuantity.clone();
	}

	/** Every fill, oldest first. */
	public List<Fill> fills() {
		return this.fills;
	}

	/** Closed round trips, oldest first; a position still open at the end is not one. */
	public List<Trade> trades() {
		return this.trades;
	}

	/** Orders the simulator refused or cancelled. */
	public List<Rejection> rejections() {
		return this.rejections;
	}

	/** The ledger after the last bar. */
	public Account finalAccount() {
		return this.finalAccount;
	}

	/**
	 * Cash plus the open position valued at the last close, exact; backtrader's
	 * {@code broker.getvalue()} at the end of a run.
	 */
	public BigDecimal finalEquity() {
		return this.finalEquity;
	}

	/** Net P&amp;L of each closed trade (analytics, {@code double}). */
	public double[] tradePnls() {
		return this.trades.stream().mapToDouble((trade) -> trade.pnl().doubleValue()).toArray();
	}

}
