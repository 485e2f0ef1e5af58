package sage.engine.sim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cash, position, realised P&amp;L, fees and round trips of one simulation. Mutable and
 * confined to its {@link Simulator}.
 */
final class Ledger {

	private BigDecimal cash;

	private Position position = Position.FLAT;

	private BigDecimal realisedPnl = BigDecimal.ZERO;

	private BigDecimal feesPaid = BigDecimal.ZERO;

	private final List<Trade> trades = new ArrayList<>();

	private int tradeOpenBar;

	private long tradeOpenTime;

	private BigDecimal tradePnl = BigDecimal.ZERO;

	/**
	 * {@code cash} as a double, or NaN until asked for since the cash last changed. The
	 * exact cash grows many decimals (fees on prices of up to 17 digits), and converting
	 * it costs more than simulating a bar: the equity curve asks for it on every flat
	 * bar, the cash changes only on fills.
	 */
	private double cashValue = Double.NaN;

	Ledger(BigDecimal initialCash) {
		this.cash = initialCash;
	}

	void apply(Fill fill) {
		BigDecimal value = fill.value();
		this.cash = (fill.side() == Side.BUY) ? this.cash.subtract(value) : this.cash.add(value);
		this.cash = this.cash.subtract(fill.fee());
		this.cashValue = Double.NaN;
		this.feesPaid = this.feesPaid.add(fill.fee());
		Position before = this.position;
		Position.Change change = before.apply(fill.side(), fill.quantity(), fill.price());
		this.position = change.after();
		this.realisedPnl = this.realisedPnl.add(change.realisedPnl());
		if (before.isFlat()) {
			startTrade(fill);
		}
		this.tradePnl = this.tradePnl.add(change.realisedPnl()).subtract(fill.fee());
		boolean closed = !before.isFlat()
				&& (this.position.isFlat() || this.position.quantity().signum() != before.quantity().signum());
		if (closed) {
			this.trades.add(new Trade(before.isLong() ? Side.BUY : Side.SELL, this.tradeOpenBar, this.tradeOpenTime,
					fill.bar(), fill.time(), this.tradePnl));
			if (!this.position.isFlat()) {
				startTrade(fill);
			}
		}
	}

	private void startTrade(Fill fill) {
		this.tradeOpenBar = fill.bar();
		this.tradeOpenTime = fill.time();
		this.tradePnl = BigDecimal.ZERO;
	}

	BigDecimal cash() {
		return this.cash;
	}

	/** {@code cash().doubleValue()}, converted once per change of the cash. */
	double cashValue() {
		if (Double.isNaN(this.cashValue)) {
			this.cashValue = this.cash.doubleValue();
		}
		return this.cashValue;
	}

	Position position() {
		return this.position;
	}

	Account account() {
		return new Account(this.cash, this.position, this.realisedPnl, this.feesPaid);
	}

	List<Trade> trades() {
		return List.copyOf(this.trades);
	}

}
