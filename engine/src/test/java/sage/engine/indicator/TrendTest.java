package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Trend} against its documented rule applied to TA-Lib Java's own EMA and ADX on
 * the real series: the classifier must agree wherever TA-Lib's values are not within a
 * rounding error of a boundary.
 */
class TrendTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void followsTheRuleOnTaLibJavaEmaAndAdxOfRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		int[][] parameters = { { 50, 5, 14 }, { 10, 1, 5 }, { 20, 10, 30 } };
		int up = 0;
		int down = 0;
		for (int[] p : parameters) {
			double threshold = 20;
			double[] ema = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.ema(0, end, close, p[0], begin, count, out));
			double[] adx = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.adx(0, end, high, low, close, p[2], begin, count, out));
			Trend.Direction[] actual = Trend.classify(high, low, close, p[0], p[1], p[2], threshold);
			int unstable = Trend.unstableBars(p[0], p[1], p[2]);
			for (int t = 0; t < close.length; t++) {
				if (t < unstable) {
					assertThat(actual[t]).as("%s warm-up at %d", name, t).isNull();
					continue;
				}
				double slope = ema[t] - ema[t - p[1]];
				boolean nearBoundary = Math.abs(adx[t] - threshold) < 1e-9 || Math.abs(slope) < 1e-9 * Math.abs(ema[t]);
				if (nearBoundary) {
					continue;
				}
				Trend.Direction expected = (adx[t] < threshold) ? Trend.Direction.SIDEWAYS
						: (slope > 0) ? Trend.Direction.UP : Trend.Direction.DOWN;
				assertThat(actual[t]).as("%s at %d", name, t).isEqualTo(expected);
				up += (expected == Trend.Direction.UP) ? 1 : 0;
				down += (expected == Trend.Direction.DOWN) ? 1 : 0;
			}
		}
		// real series trend both ways: the rule is exercised, not only SIDEWAYS
		assertThat(up).isPositive();
		assertThat(down).isPositive();
	}

	@Test
	void aSteadyClimbIsUpAndASteadyFallIsDown() {
		int n = 60;
		double[] high = new double[n];
		double[] low = new double[n];
		double[] close = new double[n];
		for (int i = 0; i < n; i++) {
			close[i] = 100 + i;
			high[i] = close[i] + 0.5;
			low[i] = close[i] - 0.5;
		}
		Trend.Direction[] rising = Trend.classify(high, low, close, 10, 3, 5, 25);
		assertThat(rising[n - 1]).isEqualTo(Trend.Direction.UP);
		Trend.Direction[] falling = Trend.classify(reverse(low), reverse(high), reverse(close), 10, 3, 5, 25);
		assertThat(falling[n - 1]).isEqualTo(Trend.Direction.DOWN);
	}

	@Test
	void aRangeIsSideways() {
		int n = 80;
		double[] high = new double[n];
		double[] low = new double[n];
		double[] close = new double[n];
		for (int i = 0; i < n; i++) {
			close[i] = 100 + ((i % 2 == 0) ? 1 : -1);
			high[i] = 102;
			low[i] = 98;
		}
		assertThat(Trend.classify(high, low, close, 10, 3, 5, 25)[n - 1]).isEqualTo(Trend.Direction.SIDEWAYS);
	}

	@Test
	void rejectsAThresholdOutsideZeroToHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> Trend.stream(50, 5, 14, 120))
			.withMessageContaining("adxThreshold must be in [0, 100]");
	}

	private static double[] reverse(double[] values) {
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = values[values.length - 1 - i];
		}
		return out;
	}

}
