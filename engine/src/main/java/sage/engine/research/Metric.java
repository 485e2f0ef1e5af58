package sage.engine.research;

import java.util.function.ToDoubleFunction;

/**
 * A figure to rank backtests by, and which way is better.
 */
public enum Metric {

	/** Higher is better. */
	TOTAL_RETURN(Figures::totalReturn, true),

	/** Higher is better. */
	CAGR(Figures::cagr, true),

	/** Higher is better. */
	SHARPE(Figures::sharpe, true),

	/** Higher is better. */
	SORTINO(Figures::sortino, true),

	/** Lower is better. */
	MAX_DRAWDOWN(Figures::maxDrawdown, false),

	/** Higher is better; infinite (no losing trade) beats any finite value. */
	PROFIT_FACTOR(Figures::profitFactor, true),

	/** Higher is better. */
	TRADE_COUNT((figures) -> figures.tradeCount(), true);

	private final ToDoubleFunction<Figures> read;

	private final boolean higherIsBetter;

	Metric(ToDoubleFunction<Figures> read, boolean higherIsBetter) {
		this.read = read;
		this.higherIsBetter = higherIsBetter;
	}

	/** This metric's value in {@code figures}. */
	public double of(Figures figures) {
		return this.read.applyAsDouble(figures);
	}

	/** Whether a higher value ranks first. */
	public boolean higherIsBetter() {
		return this.higherIsBetter;
	}

	/**
	 * Whether {@code a} is strictly better than {@code b}; NaN is never better and
	 * everything but NaN is better than NaN.
	 */
	boolean isBetter(double a, double b) {
		if (Double.isNaN(a)) {
			return false;
		}
		if (Double.isNaN(b)) {
			return true;
		}
		return this.higherIsBetter ? a > b : a < b;
	}

}
