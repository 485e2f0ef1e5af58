package sage.engine.research;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import sage.engine.bench.SyntheticBars;
import sage.engine.metrics.Annualisation;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.RsiThreshold;

/**
 * A sweep of 400 rsi-threshold combinations over 2,000 bars (synthetic random walk) on 1
 * and 2 threads: the second thread should nearly halve the time, and the results are the
 * same either way (the sweep's own tests check that; this measures the speed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(1)
public class SweepBench {

	@Param({ "1", "2" })
	int threads;

	BarSeries bars;

	Sweep sweep;

	SimulationSettings settings;

	Scoring scoring;

	@Setup
	public void setUp() {
		SyntheticBars synthetic = new SyntheticBars(2_000, 11);
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 2_000);
		for (int i = 0; i < 2_000; i++) {
			builder.add(86_400_000L * i, synthetic.open[i], synthetic.high[i], synthetic.low[i], synthetic.close[i],
					synthetic.volume[i]);
		}
		this.bars = builder.build();
		// 20 periods x 20 lows = 400 combinations
		this.sweep = Sweep.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("period", "5", "24", "1", true),
				ParamRange.of("low", "15", "34", "1", true)));
		this.settings = new SimulationSettings(
				new InstrumentSpec(new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ZERO),
				PercentFee.of(new BigDecimal("0.001")), new NoSlippage(), new BigDecimal("100000"));
		this.scoring = new Scoring(0, Annualisation.of(252));
	}

	@Benchmark
	public List<SweepResult> sweep400() {
		return this.sweep.run(this.bars, this.settings, this.scoring, this.threads, SweepProgress.NONE, () -> false);
	}

}
