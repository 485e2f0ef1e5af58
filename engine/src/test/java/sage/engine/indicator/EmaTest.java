package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Ema} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class EmaTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibEma20OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("ema20", Ema.compute(csv.close(), 20), Ema.unstableBars(20));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaEmaForOtherPeriodsOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		for (int period : new int[] { 2, 5, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.ema(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " EMA(" + period + ")", expected, Ema.compute(close, period),
					Ema.unstableBars(period));
		}
	}

	@Test
	void isSeededWithTheMeanOfTheFirstPeriodValues() {
		// k = 2 / 4 = 0.5: seed (1 + 2 + 3) / 3 = 2, then (7 - 2) * 0.5 + 2 = 4.5
		assertThat(Ema.compute(new double[] { 1, 2, 3, 7 }, 3)).containsExactly(Double.NaN, Double.NaN, 2, 4.5);
	}

}
