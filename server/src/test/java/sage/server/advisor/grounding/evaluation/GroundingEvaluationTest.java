package sage.server.advisor.grounding.evaluation;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class GroundingEvaluationTest {

	private static final EvaluationSet SET = EvaluationSet.bundled();

	@Test
	void fewerThanOnePercentOfTheNumbersReachingTheUserAreUnsupported() {
		EvaluationReport report = new GroundingEvaluation(new HandBuiltFacts(),
				new InventingWriter(42, InventingWriter.DEFAULT_INVENTION_RATE))
			.run(SET);
		report.lines().forEach(System.out::println);
		assertThat(report.questions()).isEqualTo(SET.questions().size());
		assertThat(report.inventionsWritten()).isPositive();
		assertThat(report.inventionsCaught()).isEqualTo(report.inventionsWritten());
		assertThat(report.falseRemovals()).isZero();
		assertThat(report.slips()).isEmpty();
		assertThat(report.unsupportedRate()).isLessThanOrEqualTo(BigDecimal.ONE);
		assertThat(report.claimsReaching()).isGreaterThan(400);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 7, 2026, 31337, -5 })
	void holdsForOtherSeedsToo(long seed) {
		EvaluationReport report = new GroundingEvaluation(new HandBuiltFacts(), new InventingWriter(seed, 0.5))
			.run(SET);
		assertThat(report.slips()).as(report.lines().toString()).isEmpty();
		assertThat(report.inventionsCaught()).isEqualTo(report.inventionsWritten());
		assertThat(report.unsupportedRate()).isLessThanOrEqualTo(BigDecimal.ONE);
	}

	@Test
	void measuresWhatReachesTheUserRatherThanAssumingIt() {
		// marking keeps the made-up numbers in the answer: the evaluation must see them
		EvaluationReport marked = new GroundingEvaluation(new HandBuiltFacts(), new InventingWriter(42, 0.3),
				new GroundingChecker(GroundingPolicy.MARK))
			.run(SET);
		assertThat(marked.unsupportedReaching()).isEqualTo(marked.inventionsWritten());
		assertThat(marked.unsupportedRate()).isGreaterThan(BigDecimal.ONE);
	}

	@Test
	void theLastLineIsTheRate() {
		EvaluationReport report = new GroundingEvaluation(new HandBuiltFacts(), new InventingWriter(42, 0.3)).run(SET);
		assertThat(report.lines().get(report.lines().size() - 1))
			.isEqualTo("unsupported numbers reaching the user: 0.00% (0 of " + report.claimsReaching() + ")");
	}

	@Test
	void givesTheSameReportEachRun() {
		GroundingEvaluation evaluation = new GroundingEvaluation(new HandBuiltFacts(), new InventingWriter(42, 0.3));
		assertThat(evaluation.run(SET)).isEqualTo(evaluation.run(SET));
	}

	@Test
	void aReportOfNothingHasARateOfZero() {
		EvaluationReport report = new GroundingEvaluation((q) -> sage.server.advisor.facts.FactSheet.EMPTY,
				new InventingWriter(1, 0))
			.run(new EvaluationSet(java.util.List.of()));
		assertThat(report.lines().get(report.lines().size() - 1))
			.isEqualTo("unsupported numbers reaching the user: 0.00% (0 of 0)");
	}

	@Test
	void printsATranscript() {
		new GroundingEvaluation(new HandBuiltFacts(), new InventingWriter(42, 0.3)).transcript(SET)
			.forEach(System.out::println);
	}

}
