package sage.engine.indicator;

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

/**
 * Windowed indicators over one million bars at period 10 and 200: with running sums the
 * long window must cost about what the short one does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WindowCostBench {

	static final int BARS = 1_000_000;

	@Param({ "10", "200" })
	int period;

	SyntheticBars bars;

	double[] out;

	@Setup
	public void setUp() {
		this.bars = new SyntheticBars(BARS, 7);
		this.out = new double[BARS];
	}

	@Benchmark
	public double[] sma() {
		Sma.compute(this.bars.close, this.period, this.out);
		return this.out;
	}

	@Benchmark
	public Bollinger.Lines bollinger() {
		return Bollinger.compute(this.bars.close, this.period, 2.0);
	}

	@Benchmark
	public double[] atr() {
		Atr.compute(this.bars.high, this.bars.low, this.bars.close, this.period, this.out);
		return this.out;
	}

}
