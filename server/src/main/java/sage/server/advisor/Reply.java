package sage.server.advisor;

import java.util.List;

import sage.server.advisor.facts.FactSheet;

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
 */
public record Reply(String text, String language, String mode, FactSheet facts, List<Citation> citations) {

	public Reply {
		citations = List.copyOf(citations);
	}

}
