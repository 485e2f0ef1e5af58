package sage.server.trading;

import org.junit.jupiter.api.Test;

import sage.engine.research.MonteCarlo.Resampling;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class MonteCarloSpecTest {

	@Test
	void fillsInAThousandBootstrapRuns() {
		assertThat(MonteCarloSpec.of(null, null)).isEqualTo(new MonteCarloSpec(1000, Resampling.BOOTSTRAP));
		assertThat(MonteCarloSpec.of(0, null).isOn()).isFalse();
		assertThat(MonteCarloSpec.of(100, "shuffle")).isEqualTo(new MonteCarloSpec(100, Resampling.SHUFFLE));
		assertThat(MonteCarloSpec.of(10_000, " Bootstrap "))
			.isEqualTo(new MonteCarloSpec(10_000, Resampling.BOOTSTRAP));
	}

	@Test
	void refusesRunsOutOfBoundsAndUnknownResamplingNamingEachField() {
		for (int runs : new int[] { -1, 1, 99, 10_001, Integer.MAX_VALUE }) {
			ProblemException problem = catchThrowableOfType(ProblemException.class,
					() -> MonteCarloSpec.of(runs, null));
			assertThat(problem.problemType()).isEqualTo(TradingProblems.INVALID_MONTE_CARLO);
			assertThat(problem.fieldProblems()).extracting(FieldProblem::field).containsExactly("monteCarlo.runs");
		}
		ProblemException both = catchThrowableOfType(ProblemException.class, () -> MonteCarloSpec.of(5, "luck"));
		assertThat(both.fieldProblems()).extracting(FieldProblem::field)
			.containsExactly("monteCarlo.runs", "monteCarlo.resampling");
		assertThat(both.getMessage()).isEqualTo(
				"monteCarlo.runs must be 0 (no Monte Carlo) or from 100 to 10,000, not 5; monteCarlo.resampling must be BOOTSTRAP or SHUFFLE, not 'luck'");
	}

}
