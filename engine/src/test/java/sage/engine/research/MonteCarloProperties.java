package sage.engine.research;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Invariants of Monte Carlo resampling over random trade lists: ordered percentiles,
 * drawdowns in [0, 1], final equity kept by shuffling, and the deepest single loss as a
 * floor on every run's drawdown.
 */
class MonteCarloProperties {

	@Property(tries = 200)
	void percentilesAreOrderedAndDrawdownsAreFractions(@ForAll("returns") List<Double> returns, @ForAll long seed) {
		for (MonteCarlo.Resampling resampling : MonteCarlo.Resampling.values()) {
			MonteCarloResult result = MonteCarlo.run(array(returns), 50, seed, resampling);
			assertOrdered(result.maxDrawdown().percentiles());
			assertOrdered(result.finalEquity().percentiles());
			assertThat(result.maxDrawdown().min()).isGreaterThanOrEqualTo(0);
			assertThat(result.maxDrawdown().max()).isLessThanOrEqualTo(1);
		}
	}

	@Property(tries = 200)
	void everyShuffleDrawsDownAtLeastItsWorstTradeAndEndsAlike(@ForAll("returns") List<Double> returns,
			@ForAll long seed) {
		double[] trades = array(returns);
		double worst = Math.max(0, -Arrays.stream(trades).min().orElse(0));
		double product = Arrays.stream(trades).reduce(1, (equity, r) -> equity * (1 + r));
		MonteCarloResult result = MonteCarlo.run(trades, 50, seed, MonteCarlo.Resampling.SHUFFLE);
		assertThat(result.maxDrawdown().min()).isGreaterThanOrEqualTo(worst - 1e-12);
		assertThat(result.finalEquity().min()).isCloseTo(product, within(1e-9 * product));
		assertThat(result.finalEquity().max()).isCloseTo(product, within(1e-9 * product));
	}

	@Provide
	Arbitrary<List<Double>> returns() {
		return Arbitraries.doubles().between(-0.5, 0.5).ofScale(4).list().ofMinSize(1).ofMaxSize(30);
	}

	private static double[] array(List<Double> returns) {
		return returns.stream().mapToDouble(Double::doubleValue).toArray();
	}

	private static void assertOrdered(Percentiles p) {
		assertThat(new double[] { p.p5(), p.p25(), p.p50(), p.p75(), p.p95() }).isSorted();
	}

}
