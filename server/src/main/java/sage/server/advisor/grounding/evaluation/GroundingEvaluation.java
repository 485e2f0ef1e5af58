package sage.server.advisor.grounding.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.grounding.Claim;
import sage.server.advisor.grounding.CheckedClaim;
import sage.server.advisor.grounding.GroundedAnswer;
import sage.server.advisor.grounding.GroundingChecker;
import sage.server.advisor.grounding.GroundingPolicy;

/**
 * Measures how many unsupported numbers reach the user: every question of a set is
 * answered by an {@link InventingWriter} from the facts the given function gathers, the
 * answer grounded, and the grounded answer checked again as the user would get it.
 *
 * <p>
 * Counted per question and summed in an {@link EvaluationReport}:
 * <ul>
 * <li>claims written: the claims the checker reads in the draft;</li>
 * <li>inventions written, and caught: an invention is caught when the checker reads it
 * and finds every claim it overlaps unsupported;</li>
 * <li>false removals: claims the checker finds unsupported that overlap no invention (the
 * writer took them from the facts);</li>
 * <li>reaching the user: the claims read in the grounded answer, those of them no fact
 * backs, plus every invention not caught (even one the checker cannot read, which the
 * check of the grounded answer would not see). An uncaught invention read as supported is
 * counted as unsupported even so: the count errs high, never low.</li>
 * </ul>
 */
public final class GroundingEvaluation {

	private final Function<Question, FactSheet> facts;

	private final InventingWriter writer;

	private final GroundingChecker checker;

	/** An evaluation that grounds with {@link GroundingPolicy#REMOVE}. */
	public GroundingEvaluation(Function<Question, FactSheet> facts, InventingWriter writer) {
		this(facts, writer, new GroundingChecker(GroundingPolicy.REMOVE));
	}

	/**
	 * @param facts the facts for a question, as the analyst gathers them
	 * @param writer answers each question from its facts
	 * @param checker grounds each answer
	 */
	public GroundingEvaluation(Function<Question, FactSheet> facts, InventingWriter writer, GroundingChecker checker) {
		this.facts = Objects.requireNonNull(facts, "facts");
		this.writer = Objects.requireNonNull(writer, "writer");
		this.checker = Objects.requireNonNull(checker, "checker");
	}

	/** Answers, grounds and checks every question of {@code set}. */
	public EvaluationReport run(EvaluationSet set) {
		EvaluationReport.Tally tally = new EvaluationReport.Tally();
		for (Question question : set.questions()) {
			FactSheet sheet = this.facts.apply(question);
			Draft draft = this.writer.write(question, sheet);
			List<CheckedClaim> written = this.checker.check(draft.text(), sheet);
			GroundedAnswer grounded = this.checker.ground(draft.text(), sheet);
			List<CheckedClaim> reaching = this.checker.check(grounded.text(), sheet);
			tally.questions++;
			tally.answersWithInventions += draft.inventions().isEmpty() ? 0 : 1;
			tally.claimsWritten += written.size();
			tally.inventionsWritten += draft.inventions().size();
			int unseen = 0;
			int missed = 0;
			for (Invention invention : draft.inventions()) {
				List<CheckedClaim> over = written.stream().filter((c) -> overlaps(invention, c.claim())).toList();
				if (over.isEmpty()) {
					unseen++;
				}
				if (!over.isEmpty() && over.stream().noneMatch(CheckedClaim::supported)) {
					tally.inventionsCaught++;
				}
				else {
					missed++;
					tally.slips.add(new EvaluationReport.Slip(question.id(), invention.written(),
							over.isEmpty() ? "invented, not read" : "invented, read as supported"));
				}
			}
			for (CheckedClaim claim : written) {
				boolean invented = draft.inventions().stream().anyMatch((i) -> overlaps(i, claim.claim()));
				if (!invented && !claim.supported()) {
					tally.falseRemovals++;
					tally.slips.add(new EvaluationReport.Slip(question.id(), claim.claim().written(),
							"true, found unsupported"));
				}
			}
			long unsupportedReaching = reaching.stream().filter((c) -> !c.supported()).count();
			tally.supportedKept += reaching.size() - (int) unsupportedReaching;
			tally.claimsReaching += reaching.size() + unseen;
			tally.unsupportedReaching += (int) unsupportedReaching + missed;
		}
		return tally.report();
	}

	private static boolean overlaps(Invention invention, Claim claim) {
		return invention.overlaps(claim.start(), claim.end());
	}

	/**
	 * The answers themselves, for a look at what the writer wrote and what the user got.
	 */
	public List<String> transcript(EvaluationSet set) {
		List<String> lines = new ArrayList<>();
		for (Question question : set.questions()) {
			FactSheet sheet = this.facts.apply(question);
			Draft draft = this.writer.write(question, sheet);
			GroundedAnswer grounded = this.checker.ground(draft.text(), sheet);
			lines.add(question.id() + " " + question.text());
			lines.add("  written:  " + draft.text());
			lines.add("  grounded: " + grounded.text());
		}
		return lines;
	}

}
