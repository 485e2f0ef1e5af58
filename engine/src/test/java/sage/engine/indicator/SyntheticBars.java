package sage.engine.indicator;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Synthetic (generated, not market) OHLCV bars for property tests: a random walk with
 * wicks, so that high >= max(open, close), low <= min(open, close), prices > 0 and volume
 * > 0; hourly open times from a fixed start, so UTC days change every 24 bars. Moves are
 * drawn at a coarse scale so flat bars and repeated closes occur.
 */
record SyntheticBars(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

	private static final long START = 1_700_000_000_000L;

	private static final long HOUR = 3_600_000L;

	int size() {
		return this.close.length;
	}

	/** The first {@code n} bars. */
	SyntheticBars prefix(int n) {
		return new SyntheticBars(java.util.Arrays.copyOf(this.time, n), java.util.Arrays.copyOf(this.open, n),
				java.util.Arrays.copyOf(this.high, n), java.util.Arrays.copyOf(this.low, n),
				java.util.Arrays.copyOf(this.close, n), java.util.Arrays.copyOf(this.volume, n));
	}

	static Arbitrary<SyntheticBars> arbitrary(int minBars, int maxBars) {
		Arbitrary<double[]> step = Combinators
			.combine(Arbitraries.doubles().between(-0.05, 0.05).ofScale(3),
					Arbitraries.doubles().between(0, 0.03).ofScale(3),
					Arbitraries.doubles().between(0, 0.03).ofScale(3), Arbitraries.doubles().between(1, 1e6).ofScale(0))
			.as((move, up, down, volume) -> new double[] { move, up, down, volume });
		Arbitrary<Double> start = Arbitraries.doubles().between(0.5, 5000).ofScale(2);
		return Combinators.combine(start, step.list().ofMinSize(minBars).ofMaxSize(maxBars)).as(SyntheticBars::walk);
	}

	private static SyntheticBars walk(double start, List<double[]> steps) {
		int n = steps.size();
		SyntheticBars bars = new SyntheticBars(new long[n], new double[n], new double[n], new double[n], new double[n],
				new double[n]);
		double previous = start;
		for (int i = 0; i < n; i++) {
			double[] s = steps.get(i);
			double open = previous;
			double close = open * (1 + s[0]);
			bars.time[i] = START + i * HOUR;
			bars.open[i] = open;
			bars.close[i] = close;
			bars.high[i] = Math.max(open, close) * (1 + s[1]);
			bars.low[i] = Math.min(open, close) * (1 - s[2]);
			bars.volume[i] = s[3];
			previous = close;
		}
		return bars;
	}

}
