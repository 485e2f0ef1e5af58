package sage.server.advisor.grounding.evaluation;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.grounding.CheckedClaim;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer and the checker agree, for any seed and question: every number the writer
 * takes from the facts is supported, every number it makes up is not.
 */
class InventingWriterProperties {

	private static final List<Question> QUESTIONS = EvaluationSet.bundled().questions();

	private final GroundingChecker checker = new GroundingChecker(GroundingPolicy.REMOVE);

	private final HandBuiltFacts facts = new HandBuiltFacts();

	@Property(tries = 2000)
	void trueNumbersAreSupportedAndMadeUpOnesAreNot(@ForAll long seed, @ForAll("questions") Question question) {
		FactSheet sheet = this.facts.apply(question);
		Draft draft = new InventingWriter(seed, 0.5).write(question, sheet);
		for (CheckedClaim claim : this.checker.check(draft.text(), sheet)) {
			boolean invented = draft.inventions()
				.stream()
				.anyMatch((i) -> i.overlaps(claim.claim().start(), claim.claim().end()));
			assertThat(claim.supported()).as("%s in %s", claim.claim().written(), draft.text()).isNotEqualTo(invented);
		}
	}

	@Provide
	Arbitrary<Question> questions() {
		return Arbitraries.of(QUESTIONS);
	}

}
