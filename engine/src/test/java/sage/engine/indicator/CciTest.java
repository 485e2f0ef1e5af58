package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Cci} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class CciTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibCci20OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("cci20", Cci.compute(csv.high(), csv.low(), csv.close(), 20), Cci.unstableBars(20));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaCciForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		for (int period : new int[] { 2, 5, 14, 100 }) {
			double[] expected = TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE.cci(0, end,
					high, low, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " CCI(" + period + ")", expected, Cci.compute(high, low, close, period),
					Cci.unstableBars(period));
		}
	}

}
