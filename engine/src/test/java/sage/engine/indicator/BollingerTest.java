package sage.engine.indicator;

import java.util.List;

import com.tictactec.ta.lib.MAType;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * {@link Bollinger} against TA-Lib: the bundled real series, then TA-Lib Java directly.
 */
class BollingerTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibBbands20OnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		Bollinger.Lines lines = Bollinger.compute(csv.close(), 20, 2.0);
		int unstable = Bollinger.unstableBars(20);
		csv.assertMatches("bb20_mid", lines.middle(), unstable);
		csv.assertMatches("bb20_top", lines.upper(), unstable);
		csv.assertMatches("bb20_bot", lines.lower(), unstable);
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaBbandsForOtherParametersOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		int[] periods = { 2, 10, 50 };
		double[] widths = { 1.0, 1.5, 3.0 };
		for (int p = 0; p < periods.length; p++) {
			int period = periods[p];
			double k = widths[p];
			double[] upper = new double[close.length];
			double[] middle = new double[close.length];
			double[] lower = new double[close.length];
			MInteger begin = new MInteger();
			MInteger count = new MInteger();
			assertThat(TaLibJava.CORE.bbands(0, close.length - 1, close, period, k, k, MAType.Sma, begin, count, upper,
					middle, lower))
				.isEqualTo(RetCode.Success);
			Bollinger.Lines lines = Bollinger.compute(close, period, k);
			String what = name + " BBANDS(" + period + ", " + k + ")";
			int unstable = Bollinger.unstableBars(period);
			TaLibCsv.assertMatches(what + " middle", TaLibJava.align(close.length, begin, count, middle),
					lines.middle(), unstable);
			TaLibCsv.assertMatches(what + " upper", TaLibJava.align(close.length, begin, count, upper), lines.upper(),
					unstable);
			TaLibCsv.assertMatches(what + " lower", TaLibJava.align(close.length, begin, count, lower), lines.lower(),
					unstable);
		}
	}

	@Test
	void usesThePopulationStandardDeviation() {
		// window {1, 3}: mean 2, population deviation 1
		Bollinger.Values v = Bollinger.stream(2, 2.0).next(1);
		assertThat(v.middle()).isNaN();
		Bollinger.Stream stream = Bollinger.stream(2, 2.0);
		stream.next(1);
		assertThat(stream.next(3)).isEqualTo(new Bollinger.Values(2, 4, 0));
	}

	@Test
	void rejectsANegativeWidth() {
		assertThatIllegalArgumentException().isThrownBy(() -> Bollinger.stream(20, -1))
			.withMessageContaining("k must be finite and >= 0");
	}

}
