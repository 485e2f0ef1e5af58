package sage.engine.metrics;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Returns, volatility, Sharpe and Sortino on hand-computed synthetic curves. */
class ReturnsTest {

	private static final long YEAR = (long) (365.25 * 86_400_000L);

	private static final double[] RETURNS = { 0.01, -0.01, 0.02, 0.0 };

	@Test
	void simpleReturnsAreRatiosOfConsecutiveEquity() {
		assertThat(Returns.simple(new double[] { 100, 110, 99 })).containsExactly(new double[] { 0.1, -0.1 },
				within(1e-15));
		assertThat(Returns.total(new double[] { 100, 110, 99 })).isCloseTo(-0.01, within(1e-15));
	}

	@Test
	void cagrCompoundsOverTheBarsTimeSpan() {
		assertThat(Returns.cagr(new long[] { 0, YEAR, 2 * YEAR }, new double[] { 100, 50, 121 })).isCloseTo(0.1,
				within(1e-12));
		assertThat(Returns.cagr(new long[] { 0 }, new double[] { 100 })).isNaN();
	}

	@Test
	void volatilityIsTheSampleDeviationAnnualised() {
		assertThat(Returns.annualisedVolatility(RETURNS, Annualisation.of(252))).isCloseTo(0.20493901531919198,
				within(1e-12));
	}

	@Test
	void sharpeIsMeanExcessOverDeviationAnnualised() {
		assertThat(Sharpe.of(RETURNS, 0, Annualisation.of(252))).isCloseTo(6.148170459575759, within(1e-12));
		assertThat(Sharpe.of(RETURNS, 0.0252, Annualisation.of(252))).isCloseTo(6.025207050384244, within(1e-12));
		assertThat(Sharpe.of(new double[] { 0.01, 0.01 }, 0, Annualisation.of(252))).isNaN();
	}

	@Test
	void sortinoDividesByTheDownsideDeviationOnly() {
		// downside deviation sqrt(0.01^2 / 4) = 0.005, mean 0.005
		assertThat(Sortino.of(RETURNS, 0, Annualisation.of(252))).isCloseTo(Math.sqrt(252), within(1e-12));
		assertThat(Sortino.of(new double[] { 0.01, 0.02 }, 0, Annualisation.of(252))).isNaN();
	}

	@Test
	void annualisationIsTheCallersChoice() {
		assertThat(Annualisation.continuous(Timeframe.D1).periodsPerYear()).isEqualTo(365);
		assertThat(Annualisation.continuous(Timeframe.H1).periodsPerYear()).isEqualTo(8760);
		assertThat(Annualisation.of(252).periodsPerYear()).isEqualTo(252);
		assertThatIllegalArgumentException().isThrownBy(() -> Annualisation.of(0));
	}

}
