package sage.engine.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link Sma} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class SmaTest {

	static java.util.List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibSma20OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("sma20", Sma.compute(csv.close(), 20), Sma.unstableBars(20));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaSmaForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] close = csv.close();
		for (int period : new int[] { 2, 5, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.sma(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " SMA(" + period + ")", expected, Sma.compute(close, period),
					Sma.unstableBars(period));
		}
	}

	@Test
	void averagesTheLastPeriodValues() {
		assertThat(Sma.compute(new double[] { 1, 2, 3, 4, 5 }, 3)).containsExactly(Double.NaN, Double.NaN, 2, 3, 4);
	}

	@Test
	void periodOneIsTheInputItselfWhichTaLibDoesNotAccept() {
		double[] in = { 3.5, -1.25, 7 };
		assertThat(Sma.compute(in, 1)).containsExactly(in);
	}

	@Test
	void rejectsAPeriodBelowOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Sma.stream(0))
			.withMessageContaining("period must be >= 1");
	}

	@Test
	void rejectsAnOutputShorterThanTheInput() {
		assertThatIllegalArgumentException().isThrownBy(() -> Sma.compute(new double[3], 2, new double[2]))
			.withMessageContaining("out.length");
	}

}
