package sage.engine.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link Rsi} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class RsiTest {

	static java.util.List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibRsi14OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("rsi14", Rsi.compute(csv.close(), 14), Rsi.unstableBars(14));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaRsiForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] close = csv.close();
		for (int period : new int[] { 2, 3, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.rsi(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " RSI(" + period + ")", expected, Rsi.compute(close, period),
					Rsi.unstableBars(period));
		}
	}

	@Test
	void isZeroOnAFlatSeriesAsInTaLib() {
		double[] rsi = Rsi.compute(new double[] { 5, 5, 5, 5 }, 2);
		assertThat(rsi).containsExactly(Double.NaN, Double.NaN, 0, 0);
	}

	@Test
	void isHundredWhenPricesOnlyRise() {
		assertThat(Rsi.compute(new double[] { 1, 2, 3, 4, 5 }, 3)).containsExactly(Double.NaN, Double.NaN, Double.NaN,
				100, 100);
	}

	@Test
	void rejectsAPeriodBelowTwo() {
		assertThatIllegalArgumentException().isThrownBy(() -> Rsi.stream(1))
			.withMessageContaining("period must be >= 2");
	}

}
