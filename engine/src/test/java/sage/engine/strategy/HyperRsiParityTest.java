package sage.engine.strategy;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.Num;

import sage.engine.bench.SyntheticBars;
import sage.engine.indicator.Adx;
import sage.engine.indicator.Ema;
import sage.engine.indicator.Rsi;
import sage.engine.indicator.Trend;
import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.Side;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The benchmark's premise: Sage's {@link HyperRsi} run by {@link Backtest}, the ta4j port
 * {@link Ta4jHyperRsi} and the hand-written {@link BareLoopHyperRsi} make the same trades
 * under {@link HyperRsiRules#BENCHMARK}: same bars, times, sides and quantities, prices
 * and commissions within 1e-9, and the same final equity within 1e-6. On two real series
 * (ORCL daily 1995-2014, backtrader's sample; SPY daily 1999-2020, the server's bundled
 * pandas-ta sample) and on the first 200,000 bars of the benchmark's synthetic random
 * walk (not market data), with pyramided positions, shorts and enough fills that
 * agreement is not an accident of a quiet run. The ta4j port's TA-Lib-seeded indicators
 * are also checked bit for bit against Sage's: matching trades would not show a
 * difference in the last bit.
 */
class HyperRsiParityTest {

	@Test
	void sameTradesOnOrclDaily() {
		BarSeries orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
		// 39 fills, 3 pyramided positions, 7 shorts when written
		Figures figures = assertSameTrades(orcl);
		assertThat(figures.fills()).isGreaterThanOrEqualTo(30);
		assertThat(figures.pyramided()).isPositive();
		assertThat(figures.shorts()).isPositive();
	}

	@Test
	void sameTradesOnSpyDaily() throws IOException {
		// 55 fills, 7 pyramided positions, 6 shorts when written
		Figures figures = assertSameTrades(RealDataRunTest.spy());
		assertThat(figures.fills()).isGreaterThanOrEqualTo(40);
		assertThat(figures.pyramided()).isPositive();
		assertThat(figures.shorts()).isPositive();
	}

	@Test
	void sameTradesOnTwoHundredThousandSyntheticBars() {
		Figures figures = assertSameTrades(new SyntheticBars(200_000, HyperRsiRules.SYNTHETIC_SEED).series());
		// 2,215 fills, 255 pyramided positions, 546 shorts when written
		assertThat(figures.fills()).isGreaterThanOrEqualTo(2_000);
		assertThat(figures.pyramided()).isGreaterThanOrEqualTo(200);
		assertThat(figures.full()).isPositive();
		assertThat(figures.shorts()).isGreaterThanOrEqualTo(500);
	}

	@Test
	void ta4jIndicatorsAreBitIdenticalToSagesOnOrclDaily() {
		BarSeries orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
		Columns c = Columns.of(orcl);
		org.ta4j.core.BarSeries ta4j = Ta4jHyperRsi.series(c.time, c.open, c.high, c.low, c.close, c.volume,
				orcl.timeframe().duration());
		ClosePriceIndicator close = new ClosePriceIndicator(ta4j);
		assertSameBits("RSI(14)", Rsi.compute(c.close, 14), new Ta4jHyperRsi.TaLibRsi(close, 14));
		assertSameBits("EMA(200)", Ema.compute(c.close, 200), new Ta4jHyperRsi.TaLibEma(close, 200));
		assertSameBits("ADX(14)", Adx.compute(c.high, c.low, c.close, 14).adx(), new Ta4jHyperRsi.TaLibAdx(ta4j, 14));
		Trend.Direction[] sage = Trend.classify(c.high, c.low, c.close, 200, 20, 14, 20);
		Ta4jHyperRsi.TaLibTrend trend = new Ta4jHyperRsi.TaLibTrend(close, 200, 20, 14, ta4j.numFactory().numOf(20),
				HyperRsiRules.BENCHMARK.trendLookback());
		for (int i = 0; i < sage.length; i++) {
			assertThat(trend.getValue(i)).as("trend at bar %d", i).isEqualTo(sage[i]);
		}
		assertThat(sage).contains(Trend.Direction.UP, Trend.Direction.DOWN, Trend.Direction.SIDEWAYS);
	}

	private static void assertSameBits(String what, double[] sage, Indicator<Num> ta4j) {
		for (int i = 0; i < sage.length; i++) {
			Num value = ta4j.getValue(i);
			double bits = value.isNaN() ? Double.NaN : value.doubleValue();
			assertThat(Double.doubleToLongBits(bits)).as("%s at bar %d: %s vs Sage %s", what, i, bits, sage[i])
				.isEqualTo(Double.doubleToLongBits(sage[i]));
		}
	}

	/** One fill, as all three implementations can state it. */
	record Trade(int bar, long time, Side side, double quantity, double price, double commission) {
	}

	/**
	 * How much a run traded.
	 *
	 * @param fills fills
	 * @param pyramided positions that reached two entries or more
	 * @param full positions that reached the most entries allowed
	 * @param shorts positions that were short
	 */
	record Figures(int fills, int pyramided, int full, int shorts) {
	}

	/** Runs all three on {@code bars}, asserts they agree, and returns the figures. */
	static Figures assertSameTrades(BarSeries bars) {
		HyperRsiRules rules = HyperRsiRules.BENCHMARK;
		BacktestResult sageResult = Backtest.run(bars, rules.settings(), rules.sage());
		assertThat(sageResult.rejections()).isEmpty();
		List<Trade> sage = sageResult.fills()
			.stream()
			.map((f) -> new Trade(f.bar(), f.time(), f.side(), f.quantity().doubleValue(), f.price().doubleValue(),
					f.fee().doubleValue()))
			.toList();

		Columns c = Columns.of(bars);
		BareLoopHyperRsi.Result bareResult = BareLoopHyperRsi.run(c.time, c.open, c.high, c.low, c.close, rules);
		List<Trade> bare = bareResult.fills()
			.stream()
			.map((f) -> new Trade(f.bar(), f.time(), f.buy() ? Side.BUY : Side.SELL, f.quantity(), f.price(),
					f.commission()))
			.toList();

		org.ta4j.core.BarSeries ta4jBars = Ta4jHyperRsi.series(c.time, c.open, c.high, c.low, c.close, c.volume,
				bars.timeframe().duration());
		Ta4jHyperRsi.Result ta4jResult = Ta4jHyperRsi.run(ta4jBars, rules);
		List<Trade> ta4j = ta4jResult.trades()
			.stream()
			.map((t) -> new Trade(t.getIndex(), ta4jBars.getBar(t.getIndex()).getBeginTime().toEpochMilli(),
					t.isBuy() ? Side.BUY : Side.SELL, t.getAmount().doubleValue(), t.getPricePerAsset().doubleValue(),
					t.getCost().doubleValue()))
			.toList();

		assertSame("bare loop", bare, sage);
		assertSame("ta4j", ta4j, sage);
		double equity = sageResult.finalEquity().doubleValue();
		assertThat(bareResult.finalEquity()).isCloseTo(equity, within(1e-6));
		assertThat(ta4jResult.finalEquity().doubleValue()).isCloseTo(equity, within(1e-6));
		return figures(sage, rules.maxEntries());
	}

	private static void assertSame(String name, List<Trade> actual, List<Trade> sage) {
		for (int i = 0; i < Math.min(actual.size(), sage.size()); i++) {
			Trade a = actual.get(i);
			Trade s = sage.get(i);
			String where = name + " fill " + i + ": " + a + " vs Sage " + s;
			assertThat(a.bar()).as(where).isEqualTo(s.bar());
			assertThat(a.time()).as(where).isEqualTo(s.time());
			assertThat(a.side()).as(where).isEqualTo(s.side());
			assertThat(a.quantity()).as(where).isCloseTo(s.quantity(), within(1e-9));
			assertThat(a.price()).as(where).isCloseTo(s.price(), within(1e-9));
			assertThat(a.commission()).as(where).isCloseTo(s.commission(), within(1e-9));
		}
		assertThat(actual).as(name + " fill count").hasSameSizeAs(sage);
	}

	/** Replays the fills to count pyramided and short positions. */
	private static Figures figures(List<Trade> fills, int maxEntries) {
		double position = 0;
		int entries = 0;
		int pyramided = 0;
		int full = 0;
		int shorts = 0;
		for (Trade fill : fills) {
			double signed = (fill.side() == Side.BUY) ? fill.quantity() : -fill.quantity();
			if (position == 0) {
				entries = 1;
				shorts += (signed < 0) ? 1 : 0;
			}
			else if (Math.signum(signed) == Math.signum(position)) {
				entries++;
				pyramided += (entries == 2) ? 1 : 0;
				full += (entries == maxEntries) ? 1 : 0;
			}
			position += signed;
		}
		return new Figures(fills.size(), pyramided, full, shorts);
	}

	/** A series' columns, as the bare loop and the ta4j series builder take them. */
	private record Columns(long[] time, double[] open, double[] high, double[] low, double[] close, double[] volume) {

		static Columns of(BarSeries bars) {
			int n = bars.size();
			Columns c = new Columns(new long[n], new double[n], new double[n], new double[n], new double[n],
					new double[n]);
			for (int i = 0; i < n; i++) {
				c.time[i] = bars.time(i);
				c.open[i] = bars.open(i);
				c.high[i] = bars.high(i);
				c.low[i] = bars.low(i);
				c.close[i] = bars.close(i);
				c.volume[i] = bars.volume(i);
			}
			return c;
		}

	}

}
