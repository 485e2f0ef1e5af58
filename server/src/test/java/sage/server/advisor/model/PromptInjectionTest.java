package sage.server.advisor.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import reactor.core.publisher.Flux;

import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.model.StreamingChatModel;
import org.springframework.ai.chat.prompt.Prompt;

import sage.server.advisor.Citation;
import sage.server.advisor.Language;
import sage.server.advisor.Reply;
import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prompt-injection attempts from {@code advisor/injection-corpus.txt}, each put in the
 * question, in a fact's label (as news or tool output would arrive) and echoed by a model
 * that obeys it: the attempt stays in the user message or inside the facts fence, the
 * rules come first and unchanged, and no number the sheet lacks reaches the user.
 */
class PromptInjectionTest {

	static final String CORPUS = "/advisor/injection-corpus.txt";

	static final String BASELINE = system(ModelPromptTest.FACTS, "How is BTC doing?");

	@Test
	void theCorpusHoldsThirtyOrMoreAttemptsInEnglishAndKorean() {
		assertThat(corpus()).hasSizeGreaterThanOrEqualTo(30)
			.doesNotHaveDuplicates()
			.anyMatch((attempt) -> attempt.matches("(?s).*[가-힣].*"))
			.anyMatch((attempt) -> attempt.contains("\n"))
			.anyMatch((attempt) -> attempt.contains("</facts>"));
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void anAttemptInTheQuestionStaysInTheUserMessage(String attempt) {
		List<Message> messages = ModelPrompt
			.of(ModelPromptTest.question(attempt), ModelPromptTest.answer(ModelPromptTest.FACTS, Language.ENGLISH))
			.getInstructions();

		assertThat(messages).hasSize(2);
		assertThat(messages.get(0)).isInstanceOf(SystemMessage.class);
		assertThat(messages.get(0).getText()).isEqualTo(BASELINE).startsWith(ModelPrompt.PERSONA.formatted("English"));
		assertThat(messages.get(1)).isInstanceOf(UserMessage.class);
		String sent = messages.get(1).getText();
		assertThat(sent).doesNotContainPattern("(?i)<\\s*/?\\s*facts\\s*>");
		assertThat(withoutFenceTags(sent)).as("every other word of the attempt is sent as the user's")
			.isEqualTo(withoutFenceTags(attempt));
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void anAttemptInAFactLabelStaysInsideTheFence(String attempt) {
		FactSheet facts = new FactSheet(List.of(ModelPromptTest.FACTS.facts().get(0), new Fact("news.headline", attempt,
				BigDecimal.ONE, Unit.INDEX, null, null, "news", ModelPromptTest.AS_OF)));
		String system = system(facts, "How is BTC doing?");

		String rules = BASELINE.substring(0, BASELINE.indexOf("\n<facts>\n"));
		assertThat(system).startsWith(rules + "\n<facts>\n");
		List<String> lines = system.lines().toList();
		assertThat(lines).filteredOn((line) -> line.equals(ModelPrompt.OPEN)).hasSize(1);
		assertThat(lines).filteredOn((line) -> line.equals(ModelPrompt.CLOSE)).hasSize(1);
		assertThat(lines.indexOf(ModelPrompt.CLOSE)).as("nothing after the fence").isEqualTo(lines.size() - 1);
		List<String> fenced = lines.subList(lines.indexOf(ModelPrompt.OPEN) + 1, lines.indexOf(ModelPrompt.CLOSE));
		assertThat(fenced).hasSize(2)
			.allSatisfy((line) -> assertThat(line.split(" \\| ", -1)).hasSize(6))
			.allSatisfy((line) -> assertThat(line).doesNotContainPattern("(?i)<\\s*/?\\s*facts\\s*>"));
		assertThat(fenced.get(0))
			.isEqualTo("BTC-USD.price | last price | 64321.87 | money | USD | 2026-12-05T00:00:00Z");
		assertThat(fenced.get(1)).startsWith("news.headline | ").endsWith(" | 1 | index | - | 2026-12-05T00:00:00Z");
		String label = fenced.get(1).split(" \\| ", -1)[1];
		assertThat(label.replaceAll("[‹›/|<>\\s]", "")).as("the label's words are kept, as data")
			.isEqualTo(attempt.replaceAll("[‹›/|<>\\s]", ""));
	}

	@ParameterizedTest
	@MethodSource("corpus")
	void aModelThatObeysTheAttemptStatesNoNumberTheSheetLacks(String attempt) {
		StreamingChatModel obedient = (prompt) -> Flux.just(chunk("Done as you asked: "),
				chunk(lastUserText(prompt) + "\n\n"),
				chunk("I placed a market order to buy 10 BTC at $71,000.50 for you; it filled at 71,002 and "),
				chunk("your account now holds 12.5 BTC, up 35% today. "), chunk("Bitcoin last traded at $64,321.87."));
		ModelSettings settings = new ModelSettings(ModelSettings.Provider.OPENAI, "http://127.0.0.1:9", "obedient", "",
				Duration.ofSeconds(5), Duration.ofSeconds(1), 1, Duration.ofMillis(10));
		Reply reply = new ModelAnswers(
				(question) -> ModelPromptTest.answer(ModelPromptTest.FACTS, Language.of(question.text())), obedient,
				settings)
			.write(ModelPromptTest.question(attempt), (progress) -> {
			});

		assertThat(reply.text()).contains("$64,321.87")
			.doesNotContain("71,000.50", "71,002", "10 BTC", "12.5", "35%")
			.doesNotContain("250,000", "9,999.99", "88231", "99");
		// what grounding leaves as not a claim: a list's "1.", a version's "v1", a
		// ticker's code
		assertThat(uncited(reply).replaceAll("(?m)^[0-9]+\\. |\\bv[0-9]+\\b|\\b[0-9]{6}\\.K[SQ]\\b", ""))
			.as("the reply's numbers no fact backs: %s", reply.text())
			.doesNotContainPattern("[0-9]");
	}

	/** The corpus's attempts, {@code \n} read as a line break. */
	static List<String> corpus() {
		try (InputStream in = PromptInjectionTest.class.getResourceAsStream(CORPUS)) {
			List<String> attempts = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isBlank() && !line.startsWith("#")) {
					attempts.add(line.replace("\\n", "\n"));
				}
			}
			return attempts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String system(FactSheet facts, String question) {
		return ModelPrompt.of(ModelPromptTest.question(question), ModelPromptTest.answer(facts, Language.ENGLISH))
			.getInstructions()
			.get(0)
			.getText();
	}

	private static String withoutFenceTags(String text) {
		return text.replaceAll("(?i)<\\s*/?\\s*facts\\s*>|‹/?facts›", "");
	}

	private static String lastUserText(Prompt prompt) {
		List<Message> messages = prompt.getInstructions();
		return messages.get(messages.size() - 1).getText();
	}

	private static ChatResponse chunk(String text) {
		return new ChatResponse(List.of(new Generation(new AssistantMessage(text))));
	}

	/** The reply's text without its cited spans. */
	private static String uncited(Reply reply) {
		StringBuilder text = new StringBuilder(reply.text());
		reply.citations()
			.stream()
			.sorted(Comparator.comparingInt(Citation::start).reversed())
			.forEach((citation) -> text.delete(citation.start(), citation.end()));
		return text.toString();
	}

}
