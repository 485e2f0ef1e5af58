package sage.engine.indicator;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
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
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.averages.EMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;

import sage.engine.bench.SyntheticBars;

/**
 * RSI(14) and EMA(20) over one million bars: Sage's engine against TA-Lib Java (the speed to
 * match) and ta4j (the object-per-bar design the engine avoids), measured in the same run.
 * ta4j runs with its double numbers (its fastest setting) and, for RSI, also with its
 * default decimal numbers.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MovingAverageBench {

	static final int BARS = 1_000_000;

	SyntheticBars bars;

	double[] out;

	Core talib;

	BarSeries ta4jSeries;

	BarSeries ta4jDecimalSeries;

	@Setup
	public void setUp() {
		this.bars = new SyntheticBars(BARS, 42);
		this.out = new double[BARS];
		this.talib = new Core();
		this.ta4jSeries = ta4j(new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance()).build());
		// what ta4j users get without configuring anything
		this.ta4jDecimalSeries = ta4j(new BaseBarSeriesBuilder().build());
	}

	private BarSeries ta4j(BarSeries series) {
		Instant start = Instant.parse("2000-01-01T00:00:00Z");
		for (int i = 0; i < BARS; i++) {
			series.barBuilder()
				.timePeriod(Duration.ofMinutes(1))
				.endTime(start.plusSeconds(60L * (i + 1)))
				.openPrice(this.bars.open[i])
				.highPrice(this.bars.high[i])
				.lowPrice(this.bars.low[i])
				.closePrice(this.bars.close[i])
				.volume(this.bars.volume[i])
				.add();
		}
		return series;
	}

	@Benchmark
	public double[] rsiSage() {
		Rsi.compute(this.bars.close, 14, this.out);
		return this.out;
	}

	@Benchmark
	public double[] rsiTalib() {
		this.talib.rsi(0, BARS - 1, this.bars.close, 14, new MInteger(), new MInteger(), this.out);
		return this.out;
	}

	@Benchmark
	public void rsiTa4j(Blackhole sink) {
		RSIIndicator rsi = new RSIIndicator(new ClosePriceIndicator(this.ta4jSeries), 14);
		for (int i = 0; i < BARS; i++) {
			sink.consume(rsi.getValue(i));
		}
	}

	@Benchmark
	public void rsiTa4jDecimal(Blackhole sink) {
		RSIIndicator rsi = new RSIIndicator(new ClosePriceIndicator(this.ta4jDecimalSeries), 14);
		for (int i = 0; i < BARS; i++) {
			sink.consume(rsi.getValue(i));
		}
	}

	@Benchmark
	public double[] emaSage() {
		Ema.compute(this.bars.close, 20, this.out);
		return this.out;
	}

	@Benchmark
	public double[] emaTalib() {
		this.talib.ema(0, BARS - 1, this.bars.close, 20, new MInteger(), new MInteger(), this.out);
		return this.out;
	}

	@Benchmark
	public void emaTa4j(Blackhole sink) {
		EMAIndicator ema = new EMAIndicator(new ClosePriceIndicator(this.ta4jSeries), 20);
		for (int i = 0; i < BARS; i++) {
			sink.consume(ema.getValue(i));
		}
	}

	@Benchmark
	public void emaTa4jDecimal(Blackhole sink) {
		EMAIndicator ema = new EMAIndicator(new ClosePriceIndicator(this.ta4jDecimalSeries), 20);
		for (int i = 0; i < BARS; i++) {
			sink.consume(ema.getValue(i));
		}
	}

}
