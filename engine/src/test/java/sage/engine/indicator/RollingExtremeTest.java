package sage.engine.indicator;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link RollingExtreme} against a naive scan of the window, on a fixed pseudo-random
 * (synthetic) walk.
 */
class RollingExtremeTest {

	@Test
	void agreesWithANaiveWindowScanOnASyntheticWalk() {
		java.util.Random random = new java.util.Random(42);
		double[] values = new double[2000];
		for (int i = 0; i < values.length; i++) {
			// coarse steps so ties occur
			values[i] = (i == 0) ? 0 : values[i - 1] + random.nextInt(5) - 2;
		}
		for (int period : new int[] { 1, 2, 7, 64, 500 }) {
			RollingExtreme highest = RollingExtreme.highest(period);
			RollingExtreme lowest = RollingExtreme.lowest(period);
			for (int i = 0; i < values.length; i++) {
				double max = Double.NEGATIVE_INFINITY;
				double min = Double.POSITIVE_INFINITY;
				for (int j = Math.max(0, i - period + 1); j <= i; j++) {
					max = Math.max(max, values[j]);
					min = Math.min(min, values[j]);
				}
				assertThat(highest.next(values[i])).as("max period %d at %d", period, i).isEqualTo(max);
				assertThat(lowest.next(values[i])).as("min period %d at %d", period, i).isEqualTo(min);
			}
		}
	}

}
