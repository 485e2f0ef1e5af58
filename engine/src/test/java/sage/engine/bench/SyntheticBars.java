package sage.engine.bench;

import java.util.SplittableRandom;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * A synthetic random-walk bar series for benchmarks (not market data): seeded, so every
 * run and every library measures the same numbers. Real bundled series are too short (at
 * most ~20,000 bars) to time a million-bar pass. A test source, not a benchmark source,
 * so that tests can check on the same series what the benchmarks time.
 */
public final class SyntheticBars {

	/** 2000-01-01T00:00Z, epoch milliseconds. */
	private static final long MILLENNIUM = 946_684_800_000L;

	public final double[] open;

	public final double[] high;

	public final double[] low;

	public final double[] close;

	public final double[] volume;

	public SyntheticBars(int count, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		this.open = new double[count];
		this.high = new double[count];
		this.low = new double[count];
		this.close = new double[count];
		this.volume = new double[count];
		double price = 100;
		for (int i = 0; i < count; i++) {
			double open = price;
			double close = Math.max(1, open * (1 + random.nextGaussian() * 0.01));
			this.open[i] = open;
			this.close[i] = close;
			this.high[i] = Math.max(open, close) * (1 + Math.abs(random.nextGaussian()) * 0.005);
			this.low[i] = Math.min(open, close) * (1 - Math.abs(random.nextGaussian()) * 0.005);
			this.volume[i] = 1_000 + random.nextInt(1_000_000);
			price = close;
		}
	}

	/** Bar {@code i} opens {@code i} minutes after 2000-01-01T00:00Z. */
	public long time(int i) {
		return MILLENNIUM + 60_000L * i;
	}

	/** The bars as a Sage series of one-minute bars. */
	public BarSeries series() {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.M1, this.close.length);
		for (int i = 0; i < this.close.length; i++) {
			builder.add(time(i), this.open[i], this.high[i], this.low[i], this.close[i], this.volume[i]);
		}
		return builder.build();
	}

}
