package sage.engine.sim;

import java.math.BigDecimal;
import java.util.List;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * Synthetic daily bars for tests, hand-written or generated from a random walk: not
 * market data. Public so strategy tests can share it.
 */
public final class SyntheticBars {

	static final long DAY = 86_400_000L;

	private SyntheticBars() {
	}

	/** One bar per row of {open, high, low, close}, a day apart from epoch 0. */
	public static BarSeries of(double[]... ohlc) {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, ohlc.length);
		for (int i = 0; i < ohlc.length; i++) {
			builder.add(i * DAY, ohlc[i][0], ohlc[i][1], ohlc[i][2], ohlc[i][3], 1000);
		}
		return builder.build();
	}

	public static double[] bar(double open, double high, double low, double close) {
		return new double[] { open, high, low, close };
	}

	/**
	 * A synthetic random walk on a 0.01 grid: each bar is four moves in cents (open gap,
	 * up wick, down wick, close), so every price lies on the tick of {@link #plain()}.
	 * @param cents moves, four per bar
	 */
	public static BarSeries walk(List<Integer> cents) {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, cents.size() / 4);
		long last = 10_000;
		for (int i = 0; i + 3 < cents.size(); i += 4) {
			long open = Math.max(100, last + cents.get(i));
			long close = Math.max(100, open + cents.get(i + 3));
			long high = Math.max(open, close) + Math.abs(cents.get(i + 1));
			long low = Math.max(50, Math.min(open, close) - Math.abs(cents.get(i + 2)));
			builder.add((i / 4) * DAY, open / 100.0, high / 100.0, low / 100.0, close / 100.0, 1000);
			last = close;
		}
		return builder.build();
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	/** Tick 0.01, lot 1, no min notional, no fees, no slippage, cash 10000. */
	public static SimulationSettings plain() {
		return new SimulationSettings(new InstrumentSpec(dec("0.01"), BigDecimal.ONE, BigDecimal.ZERO),
				PercentFee.of(BigDecimal.ZERO), new NoSlippage(), dec("10000"));
	}

}
