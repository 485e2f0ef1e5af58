package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Atr} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class AtrTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibAtr14OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("atr14", Atr.compute(csv.high(), csv.low(), csv.close(), 14), Atr.unstableBars(14));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaAtrForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		for (int period : new int[] { 1, 2, 5, 50 }) {
			double[] expected = TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE.atr(0, end,
					high, low, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " ATR(" + period + ")", expected, Atr.compute(high, low, close, period),
					Atr.unstableBars(period));
		}
	}

	@Test
	void trueRangeReachesBackToAGappedPreviousClose() {
		assertThat(Atr.trueRange(11, 10, 8)).isEqualTo(3);
		assertThat(Atr.trueRange(11, 10, 13)).isEqualTo(3);
		assertThat(Atr.trueRange(11, 9, 10)).isEqualTo(2);
	}

}
