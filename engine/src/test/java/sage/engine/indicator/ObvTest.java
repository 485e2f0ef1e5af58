package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Obv} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class ObvTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibObvOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		csv.assertMatches("obv", Obv.compute(csv.close(), csv.volume()), Obv.unstableBars());
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaObvOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] close = csv.close();
		double[] volume = csv.volume();
		double[] expected = TaLibJava.aligned(close.length,
				(end, begin, count, out) -> TaLibJava.CORE.obv(0, end, close, volume, begin, count, out));
		TaLibCsv.assertMatches(name + " OBV", expected, Obv.compute(close, volume), Obv.unstableBars());
	}

	@Test
	void addsOnUpClosesSubtractsOnDownClosesKeepsOnFlat() {
		assertThat(Obv.compute(new double[] { 10, 11, 11, 9 }, new double[] { 5, 7, 100, 3 })).containsExactly(5, 12,
				12, 9);
	}

}
