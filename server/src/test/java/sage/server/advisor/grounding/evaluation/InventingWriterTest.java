package sage.server.advisor.grounding.evaluation;

import java.util.List;

import org.junit.jupiter.api.Test;

import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.grounding.NumericClaims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InventingWriterTest {

	private static final List<Question> QUESTIONS = EvaluationSet.bundled().questions();

	private final HandBuiltFacts facts = new HandBuiltFacts();

	@Test
	void writesTheSameAnswerForTheSameSeedWhateverTheOrder() {
		InventingWriter writer = new InventingWriter(42, 0.3);
		Question last = QUESTIONS.get(QUESTIONS.size() - 1);
		Draft first = writer.write(last, this.facts.apply(last));
		QUESTIONS.forEach((q) -> writer.write(q, this.facts.apply(q)));
		assertThat(writer.write(last, this.facts.apply(last))).isEqualTo(first);
		assertThat(new InventingWriter(42, 0.3).write(last, this.facts.apply(last))).isEqualTo(first);
	}

	@Test
	void answersInTheQuestionsLanguage() {
		InventingWriter writer = new InventingWriter(7, 0.3);
		for (Question question : QUESTIONS) {
			String text = writer.write(question, this.facts.apply(question)).text();
			boolean hangul = text.codePoints().anyMatch((c) -> c >= 0xAC00 && c <= 0xD7A3);
			assertThat(hangul).as(text).isEqualTo(question.language() == Language.KO);
		}
	}

	@Test
	void statesEveryFactAndInventsNothingAtARateOfZero() {
		InventingWriter writer = new InventingWriter(3, 0);
		for (Question question : QUESTIONS) {
			FactSheet sheet = this.facts.apply(question);
			Draft draft = writer.write(question, sheet);
			assertThat(draft.inventions()).isEmpty();
			assertThat(NumericClaims.in(draft.text()).size()).isGreaterThanOrEqualTo(sheet.facts().size());
		}
	}

	@Test
	void offTopicAnswersStateNoNumber() {
		InventingWriter writer = new InventingWriter(3, 0);
		QUESTIONS.stream()
			.filter((q) -> q.topic() == Topic.OFF_TOPIC)
			.forEach((q) -> assertThat(NumericClaims.in(writer.write(q, FactSheet.EMPTY).text())).isEmpty());
	}

	@Test
	void inventsInAboutTheShareOfAnswersItIsToldTo() {
		InventingWriter writer = new InventingWriter(11, 0.3);
		long withInventions = QUESTIONS.stream()
			.filter((q) -> !writer.write(q, this.facts.apply(q)).inventions().isEmpty())
			.count();
		assertThat((double) withInventions / QUESTIONS.size()).isBetween(0.15, 0.45);
	}

	@Test
	void inventsOneToThreeNumbersInBothLanguages() {
		InventingWriter writer = new InventingWriter(5, 1);
		for (Question question : QUESTIONS) {
			Draft draft = writer.write(question, this.facts.apply(question));
			assertThat(draft.inventions()).hasSizeBetween(1, 3);
		}
	}

	@Test
	void refusesARateOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new InventingWriter(1, 1.5));
		assertThatIllegalArgumentException().isThrownBy(() -> new InventingWriter(1, Double.NaN));
	}

}
