package sage.engine.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Drawdowns of a hand-written synthetic equity curve. */
class DrawdownCurveTest {

	private static final long DAY = 86_400_000L;

	private final DrawdownCurve curve = DrawdownCurve.of(new long[] { 0, DAY, 2 * DAY, 3 * DAY, 6 * DAY, 7 * DAY },
			new double[] { 100, 120, 90, 110, 130, 104 });

	@Test
	void drawdownIsTheFractionBelowTheRunningPeak() {
		assertThat(this.curve.values()).containsExactly(new double[] { 0, 0, 0.25, 10.0 / 120, 0, 0.2 }, within(1e-15));
		assertThat(this.curve.maxDrawdown()).isCloseTo(0.25, within(1e-15));
	}

	@Test
	void durationRunsFromThePeakToTheLastBarBelowIt() {
		assertThat(this.curve.maxDurationBars()).isEqualTo(2);
		assertThat(this.curve.maxDurationMillis()).isEqualTo(2 * DAY);
	}

	@Test
	void aDrawdownStillOpenAtTheEndCounts() {
		DrawdownCurve open = DrawdownCurve.of(new long[] { 0, DAY, 2 * DAY, 3 * DAY, 4 * DAY },
				new double[] { 100, 99, 98, 97, 96 });
		assertThat(open.maxDurationBars()).isEqualTo(4);
		assertThat(open.maxDurationMillis()).isEqualTo(4 * DAY);
	}

	@Test
	void aRisingCurveHasNoDrawdown() {
		DrawdownCurve rising = DrawdownCurve.of(new long[] { 0, DAY }, new double[] { 100, 101 });
		assertThat(rising.maxDrawdown()).isZero();
		assertThat(rising.maxDurationBars()).isZero();
	}

}
