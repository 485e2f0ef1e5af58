package sage.engine.indicator;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link Rma} against TA-Lib Java. TA-Lib has no stand-alone RMA, but its ATR is the RMA
 * of the true range, and on a bar with high = low = close the true range is |x[t] -
 * x[t-1]|: so TA-Lib's ATR over such bars is the RMA of the absolute changes.
 */
class RmaTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesTaLibJavaAtrOfFlatBarsOnAbsoluteChangesOfRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		double[] changes = new double[close.length - 1];
		for (int i = 1; i < close.length; i++) {
			changes[i - 1] = Math.abs(close[i] - close[i - 1]);
		}
		for (int period : new int[] { 1, 5, 14, 100 }) {
			double[] atr = TaLibJava.aligned(close.length, (end, begin, count, out) -> TaLibJava.CORE.atr(0, end, close,
					close, close, period, begin, count, out));
			double[] expected = java.util.Arrays.copyOfRange(atr, 1, atr.length);
			TaLibCsv.assertMatches(name + " RMA(" + period + ")", expected, Rma.compute(changes, period),
					Rma.unstableBars(period));
		}
	}

	@Test
	void isSeededWithTheMeanThenSmoothsByOneOverPeriod() {
		// seed (2 + 4) / 2 = 3, then (3 * 1 + 7) / 2 = 5
		assertThat(Rma.compute(new double[] { 2, 4, 7 }, 2)).containsExactly(Double.NaN, 3, 5);
	}

}
