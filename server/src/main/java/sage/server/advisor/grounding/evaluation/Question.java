package sage.server.advisor.grounding.evaluation;

import java.util.List;
import java.util.Objects;

/**
 * One question of the evaluation set.
 *
 * @param id stable, unique in the set ({@code en-007}, {@code ko-031})
 * @param language the language it is asked in
 * @param text the question as a user would type it
 * @param symbols the instruments it names, in Sage's symbols ({@code BTC-USD},
 * {@code 005930}); empty for market-wide and off-topic questions
 * @param topic what it asks about
 */
public record Question(String id, Language language, String text, List<String> symbols, Topic topic) {

	public Question {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(language, "language");
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(topic, "topic");
		symbols = List.copyOf(symbols);
	}

}
