package sage.engine.indicator;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Moving averages of a constant (synthetic) series are that constant. Allowed error:
 * 1e-12 relative, because the running sums of SMA and WMA round (e.g. 0.1 + 0.1 + 0.1 is
 * not 0.3 in binary).
 */
class ConstantSeriesProperties {

	@Property(tries = 300)
	void movingAveragesOfAConstantAreThatConstant(@ForAll @DoubleRange(min = 0.01, max = 1e6) double value,
			@ForAll @IntRange(min = 1, max = 200) int period, @ForAll @IntRange(min = 0, max = 300) int extra) {
		double[] flat = new double[period + extra];
		Arrays.fill(flat, value);
		double tolerance = 1e-12 * value;
		assertAfterWarmUp("SMA", Sma.compute(flat, period), Sma.unstableBars(period), value, tolerance);
		assertAfterWarmUp("EMA", Ema.compute(flat, period), Ema.unstableBars(period), value, tolerance);
		assertAfterWarmUp("WMA", Wma.compute(flat, period), Wma.unstableBars(period), value, tolerance);
		assertAfterWarmUp("RMA", Rma.compute(flat, period), Rma.unstableBars(period), value, tolerance);
		assertAfterWarmUp("JMA", Jma.compute(flat, period, 0), Jma.unstableBars(period), value, tolerance);
		if (period >= 2) {
			Bollinger.Lines bands = Bollinger.compute(flat, period, 2.0);
			int unstable = Bollinger.unstableBars(period);
			assertAfterWarmUp("Bollinger middle", bands.middle(), unstable, value, tolerance);
			assertAfterWarmUp("Bollinger upper", bands.upper(), unstable, value, tolerance);
			assertAfterWarmUp("Bollinger lower", bands.lower(), unstable, value, tolerance);
		}
	}

	private static void assertAfterWarmUp(String what, double[] values, int unstable, double expected,
			double tolerance) {
		for (int i = unstable; i < values.length; i++) {
			assertThat(values[i]).as("%s at %d", what, i).isCloseTo(expected, within(tolerance));
		}
	}

}
