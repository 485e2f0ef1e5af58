package sage.engine.indicator;

import java.util.List;

import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** {@link Macd} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class MacdTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibMacd12269OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		Macd.Lines lines = Macd.compute(csv.close(), 12, 26, 9);
		int unstable = Macd.unstableBars(12, 26, 9);
		csv.assertMatches("macd", lines.macd(), unstable);
		csv.assertMatches("macd_signal", lines.signal(), unstable);
		csv.assertMatches("macd_hist", lines.histogram(), unstable);
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaMacdForOtherPeriodsOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		int[][] parameters = { { 5, 35, 5 }, { 3, 10, 16 }, { 2, 3, 2 }, { 8, 17, 9 } };
		for (int[] p : parameters) {
			double[] macd = new double[close.length];
			double[] signal = new double[close.length];
			double[] histogram = new double[close.length];
			MInteger begin = new MInteger();
			MInteger count = new MInteger();
			assertThat(TaLibJava.CORE.macd(0, close.length - 1, close, p[0], p[1], p[2], begin, count, macd, signal,
					histogram))
				.isEqualTo(RetCode.Success);
			Macd.Lines lines = Macd.compute(close, p[0], p[1], p[2]);
			String what = name + " MACD(" + p[0] + ", " + p[1] + ", " + p[2] + ")";
			int unstable = Macd.unstableBars(p[0], p[1], p[2]);
			TaLibCsv.assertMatches(what + " macd", TaLibJava.align(close.length, begin, count, macd), lines.macd(),
					unstable);
			TaLibCsv.assertMatches(what + " signal", TaLibJava.align(close.length, begin, count, signal),
					lines.signal(), unstable);
			TaLibCsv.assertMatches(what + " histogram", TaLibJava.align(close.length, begin, count, histogram),
					lines.histogram(), unstable);
		}
	}

	@Test
	void rejectsASlowPeriodShorterThanTheFastOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> Macd.stream(26, 12, 9))
			.withMessageContaining("slow must be >= fast");
	}

}
