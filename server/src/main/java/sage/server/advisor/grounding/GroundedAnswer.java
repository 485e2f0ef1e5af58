package sage.server.advisor.grounding;

import java.util.List;
import java.util.Objects;

/**
 * An answer as the user sees it, after grounding.
 *
 * @param text the answer, unsupported numbers removed or marked
 * @param citations one per supported claim, spans in {@code text}, in text order
 * @param claims how many claims were dealt with: {@code supported + unsupported}
 * @param supported how many a fact backs (each cited in {@code text})
 * @param unsupported how many no fact backs (removed or marked)
 * @param flagged the unsupported claims as written, in text order
 */
public record GroundedAnswer(String text, List<Citation> citations, int claims, int supported, int unsupported,
		List<String> flagged) {

	public GroundedAnswer {
		Objects.requireNonNull(text, "text");
		citations = List.copyOf(citations);
		flagged = List.copyOf(flagged);
		if (claims != supported + unsupported || flagged.size() != unsupported || citations.size() != supported) {
			throw new IllegalArgumentException(
					"claims " + claims + " != supported " + supported + " + unsupported " + unsupported);
		}
	}

}
