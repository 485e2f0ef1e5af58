package sage.server.advisor;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.grounding.GroundedAnswer;

/**
 * The advisor's answer to one question, grounded: every number in {@code text} is one of
 * {@code facts}, and cited.
 *
 * @param text the answer as the user sees it
 * @param language {@code en} or {@code ko}
 * @param mode how it was written: {@code offline} (templates, no model) or the model's
 * name
 * @param facts the facts it was built from
 * @param citations where each of its numbers comes from, in the order they appear
 * @param signals the calls it makes, one per asset it could call
 * @param usage the tokens a language model spent on it; null when none wrote it
 */
public record Reply(String text, String language, String mode, FactSheet facts, List<Citation> citations,
		List<Signal> signals, @Nullable TokenUsage usage) {

	public Reply {
		citations = List.copyOf(citations);
		signals = List.copyOf(signals);
	}

	/** A reply that makes no call, written with no model. */
	public Reply(String text, String language, String mode, FactSheet facts, List<Citation> citations) {
		this(text, language, mode, facts, citations, List.of(), null);
	}

	/** This reply, with the tokens a model spent on it. */
	public Reply withUsage(TokenUsage spent) {
		return new Reply(this.text, this.language, this.mode, this.facts, this.citations, this.signals, spent);
	}

	/**
	 * The reply of {@code grounded}, the checked text of {@code answer}'s facts written
	 * in {@code mode}: each citation the checker made, with the fact it names.
	 */
	public static Reply grounded(GroundedAnswer grounded, Answer answer, String mode) {
		List<Citation> citations = grounded.citations()
			.stream()
			.map((cited) -> Citation.of(cited.start(), cited.end(), fact(answer.facts(), cited.factId())))
			.toList();
		return new Reply(grounded.text(), answer.language().code(), mode, answer.facts(), citations, answer.signals(),
				null);
	}

	private static Fact fact(FactSheet facts, String id) {
		return facts.find(id)
			.orElseThrow(
					() -> new IllegalStateException("a citation names fact " + id + ", which is not on the sheet"));
	}

}
