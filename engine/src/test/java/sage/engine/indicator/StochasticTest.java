package sage.engine.indicator;

import java.util.List;

import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Stochastic} against TA-Lib: the bundled real series, then TA-Lib Java directly.
 */
class StochasticTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibStoch1433OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		Stochastic.Lines lines = Stochastic.compute(csv.high(), csv.low(), csv.close(), 14, 3, 3);
		int unstable = Stochastic.unstableBars(14, 3, 3);
		csv.assertMatches("stoch_k", lines.k(), unstable);
		csv.assertMatches("stoch_d", lines.d(), unstable);
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaStochForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		int[][] parameters = { { 5, 3, 3 }, { 1, 1, 1 }, { 50, 5, 2 }, { 200, 1, 3 } };
		for (int[] p : parameters) {
			double[] k = new double[close.length];
			double[] d = new double[close.length];
			MInteger begin = new MInteger();
			MInteger count = new MInteger();
			assertThat(TaLibJava.CORE.stoch(0, close.length - 1, high, low, close, p[0], p[1], MAType.Sma, p[2],
					MAType.Sma, begin, count, k, d))
				.isEqualTo(RetCode.Success);
			Stochastic.Lines lines = Stochastic.compute(high, low, close, p[0], p[1], p[2]);
			String what = name + " STOCH(" + p[0] + ", " + p[1] + ", " + p[2] + ")";
			int unstable = Stochastic.unstableBars(p[0], p[1], p[2]);
			TaLibCsv.assertMatches(what + " k", TaLibJava.align(close.length, begin, count, k), lines.k(), unstable);
			TaLibCsv.assertMatches(what + " d", TaLibJava.align(close.length, begin, count, d), lines.d(), unstable);
		}
	}

}
