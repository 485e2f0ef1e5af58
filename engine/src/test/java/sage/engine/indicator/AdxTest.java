package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Adx} against TA-Lib: the bundled real series, then TA-Lib Java directly. */
class AdxTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibAdx14AndDirectionalIndicatorsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		Adx.Lines lines = Adx.compute(csv.high(), csv.low(), csv.close(), 14);
		csv.assertMatches("adx14", lines.adx(), Adx.unstableBars(14));
		csv.assertMatches("plus_di14", lines.plusDi(), Adx.diUnstableBars(14));
		csv.assertMatches("minus_di14", lines.minusDi(), Adx.diUnstableBars(14));
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaAdxAndDirectionalIndicatorsForOtherPeriodsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		for (int period : new int[] { 2, 5, 30, 100 }) {
			Adx.Lines lines = Adx.compute(high, low, close, period);
			String what = name + " (" + period + ")";
			TaLibCsv
				.assertMatches(
						"ADX" + what, TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE.adx(0,
								end, high, low, close, period, begin, count, out)),
						lines.adx(), Adx.unstableBars(period));
			TaLibCsv.assertMatches(
					"PLUS_DI" + what, TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE
						.plusDI(0, end, high, low, close, period, begin, count, out)),
					lines.plusDi(), Adx.diUnstableBars(period));
			TaLibCsv.assertMatches(
					"MINUS_DI" + what, TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE
						.minusDI(0, end, high, low, close, period, begin, count, out)),
					lines.minusDi(), Adx.diUnstableBars(period));
		}
	}

	@ParameterizedTest
	@MethodSource("series")
	void nextAdxIsTheAdxOfNextBitForBit(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		Adx.Stream lines = Adx.stream(14);
		Adx.Stream adxOnly = Adx.stream(14);
		for (int i = 0; i < close.length; i++) {
			double expected = lines.next(high[i], low[i], close[i]).adx();
			double actual = adxOnly.nextAdx(high[i], low[i], close[i]);
			assertThat(Double.doubleToRawLongBits(actual)).as("bar %d", i)
				.isEqualTo(Double.doubleToRawLongBits(expected));
		}
	}

}
