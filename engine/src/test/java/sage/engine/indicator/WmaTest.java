package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Wma} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class WmaTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibWma20OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("wma20", Wma.compute(csv.close(), 20), Wma.unstableBars(20));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaWmaForOtherPeriodsOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		for (int period : new int[] { 2, 3, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.wma(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " WMA(" + period + ")", expected, Wma.compute(close, period),
					Wma.unstableBars(period));
		}
	}

	@Test
	void weighsTheNewestValueMost() {
		// (1*1 + 2*2 + 3*4) / 6 and (1*2 + 2*4 + 3*8) / 6
		assertThat(Wma.compute(new double[] { 1, 2, 4, 8 }, 3)).containsExactly(Double.NaN, Double.NaN, 17.0 / 6,
				34.0 / 6);
	}

}
