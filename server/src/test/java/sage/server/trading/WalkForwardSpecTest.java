package sage.server.trading;

import org.junit.jupiter.api.Test;

import sage.engine.research.WalkForward.Window;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WalkForwardSpecTest {

	@Test
	void rollsUnlessAnchoredIsAskedFor() {
		assertThat(WalkForwardSpec.of(5, 1000, 250, null)).isEqualTo(new WalkForwardSpec(5, 1000, 250, Window.ROLLING));
		assertThat(WalkForwardSpec.of(1, 2, 2, "anchored")).isEqualTo(new WalkForwardSpec(1, 2, 2, Window.ANCHORED));
		assertThat(new WalkForwardSpec(5, 1000, 250, Window.ROLLING).barsNeeded()).isEqualTo(2250);
	}

	@Test
	void namesEveryMissingOrOutOfRangeField() {
		ProblemException missing = catchThrowableOfType(ProblemException.class,
				() -> WalkForwardSpec.of(null, null, null, null));
		assertThat(missing.problemType()).isEqualTo(TradingProblems.INVALID_WALK_FORWARD);
		assertThat(missing.fieldProblems()).extracting(FieldProblem::field)
			.containsExactly("walkForward.folds", "walkForward.trainBars", "walkForward.testBars");
		assertThat(missing.fieldProblems()).extracting(FieldProblem::message).containsOnly("is required");

		ProblemException bad = catchThrowableOfType(ProblemException.class,
				() -> WalkForwardSpec.of(0, 1, 2_000_001, "sideways"));
		assertThat(bad.fieldProblems()).extracting(FieldProblem::field)
			.containsExactly("walkForward.folds", "walkForward.trainBars", "walkForward.testBars",
					"walkForward.window");
		assertThat(bad.fieldProblems().get(0).message()).isEqualTo("must lie in [1, 100], not 0");
		assertThat(bad.fieldProblems().get(3).message()).isEqualTo("must be ROLLING or ANCHORED, not 'sideways'");
		assertThat(catchThrowableOfType(ProblemException.class, () -> WalkForwardSpec.of(101, 100, 100, null))
			.fieldProblems()).extracting(FieldProblem::field).containsExactly("walkForward.folds");
	}

}
