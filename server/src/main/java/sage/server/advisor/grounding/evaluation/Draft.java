package sage.server.advisor.grounding.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * An answer as the writer wrote it, before grounding, with the numbers it made up.
 *
 * @param text the answer
 * @param inventions every number in {@code text} that no fact gave, in text order
 */
public record Draft(String text, List<Invention> inventions) {

	public Draft {
		Objects.requireNonNull(text, "text");
		inventions = List.copyOf(inventions);
		for (Invention invention : inventions) {
			if (!text.substring(invention.start(), invention.end()).equals(invention.written())) {
				throw new IllegalArgumentException(invention + " is not where it says in the text");
			}
		}
	}

}
