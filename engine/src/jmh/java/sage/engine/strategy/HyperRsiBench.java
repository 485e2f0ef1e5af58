package sage.engine.strategy;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import sage.engine.bench.SyntheticBars;
import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.SimulationSettings;

/**
 * A {@code hyper-rsi} backtest with pyramiding ({@link HyperRsiRules#BENCHMARK}) over one
 * million bars of a synthetic random walk (not market data), three ways: Sage's
 * {@link HyperRsi} run by {@link Backtest} (exact decimal ledger, equity curve, trade
 * list), the same rules on ta4j ({@link Ta4jHyperRsi}) and as one bare loop over arrays
 * ({@link BareLoopHyperRsi}). Every series is built in {@link #setUp}, outside the timing;
 * each operation builds its strategy or indicators fresh, as a backtest would.
 *
 * <p>
 * {@link #setUp} also runs the three once over the million bars and fails unless they made
 * the same trades ({@link HyperRsiParityTest#assertSameTrades}), so the figures compare
 * runs that did the same work.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class HyperRsiBench {

	static final int BARS = 1_000_000;

	static final HyperRsiRules RULES = HyperRsiRules.BENCHMARK;

	SyntheticBars bars;

	long[] time;

	BarSeries series;

	SimulationSettings settings;

	org.ta4j.core.BarSeries ta4jSeries;

	@Setup
	public void setUp() {
		this.bars = new SyntheticBars(BARS, HyperRsiRules.SYNTHETIC_SEED);
		this.time = new long[BARS];
		for (int i = 0; i < BARS; i++) {
			this.time[i] = this.bars.time(i);
		}
		this.series = this.bars.series();
		this.settings = RULES.settings();
		this.ta4jSeries = Ta4jHyperRsi.series(this.time, this.bars.open, this.bars.high, this.bars.low,
				this.bars.close, this.bars.volume, Duration.ofMinutes(1));
		HyperRsiParityTest.Figures figures = HyperRsiParityTest.assertSameTrades(this.series);
		System.out.println("hyper-rsi over " + BARS + " synthetic bars, identical in all three: " + figures);
	}

	@Benchmark
	public BacktestResult sage() {
		return Backtest.run(this.series, this.settings, RULES.sage());
	}

	@Benchmark
	public Ta4jHyperRsi.Result ta4j() {
		return Ta4jHyperRsi.run(this.ta4jSeries, RULES);
	}

	@Benchmark
	public BareLoopHyperRsi.Result bareLoop() {
		return BareLoopHyperRsi.run(this.time, this.bars.open, this.bars.high, this.bars.low, this.bars.close, RULES);
	}

}
