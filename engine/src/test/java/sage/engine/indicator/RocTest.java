package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** {@link Roc} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class RocTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibRoc12OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("roc12", Roc.compute(csv.close(), 12), Roc.unstableBars(12));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaRocForOtherPeriodsOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		for (int period : new int[] { 1, 2, 50, 200 }) {
			double[] expected = TaLibJava.aligned(close.length,
					(end, begin, count, out) -> TaLibJava.CORE.roc(0, end, close, period, begin, count, out));
			TaLibCsv.assertMatches(name + " ROC(" + period + ")", expected, Roc.compute(close, period),
					Roc.unstableBars(period));
		}
	}

	@Test
	void isAPercentNotARatio() {
		double[] roc = Roc.compute(new double[] { 50, 60, 45 }, 1);
		assertThat(roc[0]).isNaN();
		assertThat(roc[1]).isCloseTo(20, within(1e-12));
		assertThat(roc[2]).isCloseTo(-25, within(1e-12));
	}

}
