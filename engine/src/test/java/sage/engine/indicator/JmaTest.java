package sage.engine.indicator;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@link Jma} against a naive reference written here (TA-Lib and ta4j have no JMA): a
 * line-by-line transcription of pandas-ta's {@code jma} over whole arrays, re-averaging
 * the 66 {@code v_sum} values by slicing, as pandas-ta does.
 */
class JmaTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	static double[] pandasTaTranscription(double[] close, int length, double phase) {
		int m = close.length;
		double[] jma = new double[m];
		double[] volty = new double[m];
		double[] vSum = new double[m];
		double det0 = 0;
		double det1 = 0;
		jma[0] = close[0];
		double ma1 = close[0];
		double uBand = close[0];
		double lBand = close[0];
		int sumLength = 10;
		double len = 0.5 * (length - 1);
		double pr = (phase < -100) ? 0.5 : (phase > 100) ? 2.5 : 1.5 + phase * 0.01;
		double length1 = Math.max((Math.log(Math.sqrt(len)) / Math.log(2.0)) + 2.0, 0);
		double pow1 = Math.max(length1 - 2.0, 0.5);
		double length2 = length1 * Math.sqrt(len);
		double bet = length2 / (length2 + 1);
		double beta = 0.45 * (length - 1) / (0.45 * (length - 1) + 2.0);
		for (int i = 1; i < m; i++) {
			double price = close[i];
			double del1 = price - uBand;
			double del2 = price - lBand;
			volty[i] = (Math.abs(del1) != Math.abs(del2)) ? Math.max(Math.abs(del1), Math.abs(del2)) : 0;
			vSum[i] = vSum[i - 1] + (volty[i] - volty[Math.max(i - sumLength, 0)]) / sumLength;
			double avgVolty = Arrays.stream(vSum, Math.max(i - 65, 0), i + 1).average().orElseThrow();
			double dVolty = (avgVolty == 0) ? 0 : volty[i] / avgVolty;
			double rVolty = Math.max(1.0, Math.min(Math.pow(length1, 1 / pow1), dVolty));
			double pow2 = Math.pow(rVolty, pow1);
			double kv = Math.pow(bet, Math.sqrt(pow2));
			uBand = (del1 > 0) ? price : price - (kv * del1);
			lBand = (del2 < 0) ? price : price - (kv * del2);
			double power = Math.pow(rVolty, pow1);
			double alpha = Math.pow(beta, power);
			ma1 = ((1 - alpha) * price) + (alpha * ma1);
			det0 = ((price - ma1) * (1 - beta)) + (beta * det0);
			double ma2 = ma1 + pr * det0;
			det1 = ((ma2 - jma[i - 1]) * (1 - alpha) * (1 - alpha)) + (alpha * alpha * det1);
			jma[i] = jma[i - 1] + det1;
		}
		Arrays.fill(jma, 0, Math.min(m, length - 1), Double.NaN);
		return jma;
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesATranscriptionOfPandasTaOnRealSeries(String name) {
		double[] close = TaLibCsv.load(name).close();
		for (int length : new int[] { 1, 2, 7, 14, 50 }) {
			for (double phase : new double[] { -150, -100, -30, 0, 50, 100, 150 }) {
				TaLibCsv.assertMatches(name + " JMA(" + length + ", " + phase + ")",
						pandasTaTranscription(close, length, phase), Jma.compute(close, length, phase),
						Jma.unstableBars(length));
			}
		}
	}

	@Test
	void aConstantSeriesStaysConstant() {
		double[] flat = new double[100];
		Arrays.fill(flat, 42.5);
		double[] jma = Jma.compute(flat, 7, 0);
		for (int i = Jma.unstableBars(7); i < flat.length; i++) {
			assertThat(jma[i]).isCloseTo(42.5, within(1e-12));
		}
	}

	@Test
	void positivePhaseOvershootsAStepMoreThanNegativePhase() {
		double[] step = new double[60];
		Arrays.fill(step, 30, 60, 10.0);
		double[] lead = Jma.compute(step, 7, 100);
		double[] lag = Jma.compute(step, 7, -100);
		assertThat(lead[32]).isGreaterThan(lag[32]);
	}

}
