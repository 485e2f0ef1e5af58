package sage.engine.metrics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The headline numbers of a hand-written synthetic curve spanning exactly two years. */
class PerformanceTest {

	private static final long YEAR = (long) (365.25 * 86_400_000L);

	private final Performance performance = Performance.of(new long[] { 0, YEAR / 2, YEAR, 2 * YEAR },
			new double[] { 100, 110, 88, 121 }, new double[] { 0, 5, 5, 0 }, 0, Annualisation.of(2));

	@Test
	void growthIsMeasuredOverTheBarsTimes() {
		assertThat(this.performance.totalReturn()).isCloseTo(0.21, within(1e-12));
		assertThat(this.performance.cagr()).isCloseTo(0.1, within(1e-12));
	}

	@Test
	void calmarIsCagrOverTheDeepestDrawdown() {
		assertThat(this.performance.maxDrawdown()).isCloseTo(0.2, within(1e-12));
		assertThat(this.performance.maxDrawdownMillis()).isEqualTo(YEAR / 2);
		assertThat(this.performance.calmar()).isCloseTo(0.5, within(1e-12));
	}

	@Test
	void exposureIsTheShareOfBarsClosedWithAPosition() {
		assertThat(this.performance.exposure()).isEqualTo(0.5);
	}

	@Test
	void volatilityAndRatiosComeFromThePerBarReturns() {
		double[] returns = Returns.simple(new double[] { 100, 110, 88, 121 });
		assertThat(this.performance.annualisedVolatility()).isCloseTo(Returns.standardDeviation(returns) * Math.sqrt(2),
				within(1e-15));
		assertThat(this.performance.sharpe()).isCloseTo(Sharpe.of(returns, 0, Annualisation.of(2)), within(1e-15));
		assertThat(this.performance.sortino()).isCloseTo(Sortino.of(returns, 0, Annualisation.of(2)), within(1e-15));
	}

}
