package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Momentum} against TA-Lib: the bundled real series, then TA-Lib Java directly.
 */
class MomentumTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibMom12OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("mom12", Momentum.compute(csv.close(), 12), Momentum.unstableBars(12));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaMomForOtherPeriodsOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		for (int period : new int[] { 1, 2, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.mom(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " MOM(" + period + ")", expected, Momentum.compute(close, period),
					Momentum.unstableBars(period));
		}
	}

}
