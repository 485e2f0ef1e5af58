package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link WilliamsR} against TA-Lib: the bundled real series, then TA-Lib Java directly.
 */
class WilliamsRTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibWillr14OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("willr14", WilliamsR.compute(csv.high(), csv.low(), csv.close(), 14),
				WilliamsR.unstableBars(14));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaWillrForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		for (int period : new int[] { 2, 5, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE.willR(0, end,
					high, low, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " WILLR(" + period + ")", expected,
					WilliamsR.compute(high, low, close, period), WilliamsR.unstableBars(period));
		}
	}

	@Test
	void isZeroAtTheTopOfTheRangeAndMinusHundredAtTheBottom() {
		double[] high = { 10, 12, 11 };
		double[] low = { 8, 9, 9 };
		double[] r = WilliamsR.compute(high, low, new double[] { 9, 12, 9 }, 2);
		assertThat(r[0]).isNaN();
		assertThat(r[1]).isCloseTo(0, within(1e-12));
		assertThat(r[2]).isCloseTo(-100, within(1e-12));
	}

}
