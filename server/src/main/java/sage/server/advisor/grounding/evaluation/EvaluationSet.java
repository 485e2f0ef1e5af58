package sage.server.advisor.grounding.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The questions the grounding evaluation asks, read from
 * {@code advisor/eval/questions.json}: a JSON array of {@code {"id", "language":
 * "en"|"ko", "text", "symbols": [...], "topic"}}.
 *
 * @param questions in file order, ids unique
 */
public record EvaluationSet(List<Question> questions) {

	/** Where the bundled set lives on the classpath. */
	public static final String BUNDLED = "advisor/eval/questions.json";

	public EvaluationSet {
		questions = List.copyOf(questions);
		Set<String> ids = new HashSet<>();
		for (Question question : questions) {
			if (!ids.add(question.id())) {
				throw new IllegalArgumentException("question " + question.id() + " twice");
			}
		}
	}

	/** The set shipped with Sage. */
	public static EvaluationSet bundled() {
		try (InputStream in = EvaluationSet.class.getClassLoader().getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException(BUNDLED + " is not on the classpath");
			}
			return read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A set read from JSON.
	 * @throws IllegalArgumentException when a question lacks a field or names an unknown
	 * language or topic
	 */
	public static EvaluationSet read(InputStream json) {
		JsonNode root = JsonMapper.builder().build().readTree(json);
		List<Question> questions = new ArrayList<>();
		for (JsonNode node : root) {
			List<String> symbols = new ArrayList<>();
			for (JsonNode symbol : node.path("symbols")) {
				symbols.add(symbol.asString());
			}
			questions.add(new Question(required(node, "id"),
					Language.valueOf(required(node, "language").toUpperCase(Locale.ROOT)), required(node, "text"),
					symbols, Topic.valueOf(required(node, "topic").toUpperCase(Locale.ROOT).replace('-', '_'))));
		}
		return new EvaluationSet(questions);
	}

	private static String required(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isString() || value.asString().isBlank()) {
			throw new IllegalArgumentException("a question needs its " + field + ": " + node);
		}
		return value.asString();
	}

	/** How many questions are asked in {@code language}. */
	public long count(Language language) {
		return this.questions.stream().filter((q) -> q.language() == language).count();
	}

}
