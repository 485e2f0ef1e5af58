package sage.engine.bench;

import java.util.SplittableRandom;

/**
 * A synthetic random-walk bar series for benchmarks (not market data): seeded, so every run
 * and every library measures the same numbers. Real bundled series are too short (at most
 * ~20,000 bars) to time a million-bar pass.
 */
public final class SyntheticBars {

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

}
