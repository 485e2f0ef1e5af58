package sage.server.advisor.grounding.evaluation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EvaluationSetTest {

	private static final Set<String> SYMBOLS = Set.of("BTC-USD", "BTC-USDT", "SPY", "005930", "000660", "KOSPI");

	private final EvaluationSet set = EvaluationSet.bundled();

	@Test
	void asksAtLeastOneHundredTwentyQuestionsAboutHalfInEachLanguage() {
		assertThat(this.set.questions()).hasSizeGreaterThanOrEqualTo(120);
		long english = this.set.count(Language.EN);
		long korean = this.set.count(Language.KO);
		assertThat(english + korean).isEqualTo(this.set.questions().size());
		assertThat(Math.abs(english - korean)).isLessThanOrEqualTo(this.set.questions().size() / 10);
	}

	@Test
	void coversEveryTopicInBothLanguages() {
		for (Language language : Language.values()) {
			Set<Topic> topics = this.set.questions()
				.stream()
				.filter((q) -> q.language() == language)
				.map(Question::topic)
				.collect(Collectors.toCollection(() -> EnumSet.noneOf(Topic.class)));
			assertThat(topics).as("topics in %s", language).containsExactlyInAnyOrder(Topic.values());
		}
	}

	@Test
	void namesOnlyInstrumentsTheEvaluationKnows() {
		assertThat(this.set.questions().stream().flatMap((q) -> q.symbols().stream())).allMatch(SYMBOLS::contains);
		assertThat(this.set.questions().stream().flatMap((q) -> q.symbols().stream()).collect(Collectors.toSet()))
			.containsExactlyInAnyOrderElementsOf(SYMBOLS);
	}

	@Test
	void offTopicQuestionsNameNoInstrument() {
		assertThat(this.set.questions()).filteredOn((q) -> q.topic() == Topic.OFF_TOPIC)
			.isNotEmpty()
			.allMatch((q) -> q.symbols().isEmpty());
	}

	@Test
	void koreanQuestionsAreWrittenInKorean() {
		assertThat(this.set.questions()).filteredOn((q) -> q.language() == Language.KO)
			.allMatch((q) -> q.text().codePoints().anyMatch((c) -> c >= 0xAC00 && c <= 0xD7A3));
		assertThat(this.set.questions()).filteredOn((q) -> q.language() == Language.EN)
			.allMatch((q) -> q.text().codePoints().noneMatch((c) -> c >= 0xAC00 && c <= 0xD7A3));
	}

	@Test
	void readsAQuestionFromJson() {
		EvaluationSet read = EvaluationSet.read(json("""
				[{"id": "x-1", "language": "ko", "text": "비트코인?", "symbols": ["BTC-USD"], "topic": "fear-greed"}]
				"""));
		assertThat(read.questions())
			.containsExactly(new Question("x-1", Language.KO, "비트코인?", java.util.List.of("BTC-USD"), Topic.FEAR_GREED));
	}

	@Test
	void refusesAQuestionWithoutText() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EvaluationSet
				.read(json("[{\"id\": \"x-1\", \"language\": \"en\", \"symbols\": [], \"topic\": \"price\"}]")))
			.withMessageContaining("text");
	}

	@Test
	void refusesAnIdTwice() {
		assertThatIllegalArgumentException().isThrownBy(() -> EvaluationSet.read(json("""
				[{"id": "x", "language": "en", "text": "a", "topic": "price"},
				 {"id": "x", "language": "en", "text": "b", "topic": "price"}]
				"""))).withMessageContaining("twice");
	}

	private static ByteArrayInputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
