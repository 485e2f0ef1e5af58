package sage.engine.metrics;

import java.util.Arrays;

import sage.engine.series.BarSeries;

/**
 * The benchmark: the initial cash put into the instrument at the first bar's close and
 * held to the end, fractionally and without fees, marked at every close like the
 * strategy's equity.
 */
public final class BuyAndHold {

	private BuyAndHold() {
	}

	/** The benchmark's equity at each bar's close. */
	public static double[] equity(BarSeries bars, double initialCash) {
		double[] equity = new double[bars.size()];
		if (bars.isEmpty()) {
			return equity;
		}
		double units = initialCash / bars.close(0);
		for (int i = 0; i < equity.length; i++) {
			equity[i] = units * bars.close(i);
		}
		return equity;
	}

	/** The benchmark's position at each close: always invested. */
	static double[] alwaysInvested(int bars) {
		double[] quantity = new double[bars];
		Arrays.fill(quantity, 1);
		return quantity;
	}

}
