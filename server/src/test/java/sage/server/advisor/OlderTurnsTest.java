package sage.server.advisor;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OlderTurnsTest {

	@Test
	void noOlderTurnsNoSummary() {
		assertThat(OlderTurns.summary(List.of())).isEmpty();
	}

	@Test
	void listsTheQuestionsOldestFirstWithoutTheAnswersNumbers() {
		assertThat(OlderTurns.summary(List.of(new Question.Exchange("How is BTC?", "BTC is at $64,321.87."),
				new Question.Exchange("  And   SPY?\n", "SPY is at $601.20."))))
			.isEqualTo("2 earlier questions, oldest first: “How is BTC?”; “And SPY?”");
		assertThat(OlderTurns.summary(List.of(new Question.Exchange("How is BTC?", "Up."))))
			.startsWith("1 earlier question, oldest first");
	}

	@Test
	void aLongChatKeepsItsFirstQuestionsAndTheLatestAndCountsTheRest() {
		List<Question.Exchange> older = new ArrayList<>();
		for (int i = 1; i <= 60; i++) {
			older.add(new Question.Exchange("Question " + i + " " + "x".repeat(150), "answer"));
		}

		String summary = OlderTurns.summary(older);

		assertThat(summary).hasSizeLessThanOrEqualTo(OlderTurns.LENGTH)
			.startsWith("60 earlier questions, oldest first: “Question 1 x")
			.contains("“Question 2 x")
			.doesNotContain("Question 3 ")
			.endsWith("“Question 60 " + "x".repeat(OlderTurns.QUESTION - 1 - "Question 60 ".length()) + "…”");
		assertThat(summary).containsPattern("\\((5[0-9]) more\\)");
	}

}
