package sage.server.advisor.model;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {

	@Test
	void aSentenceIsCompleteOnlyOnceWhatFollowsItsStopIsKnown() {
		Sentences sentences = new Sentences();
		assertThat(sentences.add("Price is $64,321")).isEmpty();
		assertThat(sentences.add(".")).isEmpty();
		assertThat(sentences.add("87. RSI is 58.2")).containsExactly("Price is $64,321.87. ");
		assertThat(sentences.add("! Calm? Yes")).containsExactly("RSI is 58.2! ", "Calm? ");
		assertThat(sentences.rest()).isEqualTo("Yes");
	}

	@Test
	void koreanEndingsFullWidthStopsAndBlankLinesEndSentences() {
		Sentences sentences = new Sentences();
		List<String> all = new ArrayList<>();
		all.addAll(sentences.add("비트코인은 64,321.87달러입니다. 변동성이 커요. "));
		all.addAll(sentences.add("요약。다음\n\n목록"));
		assertThat(all).containsExactly("비트코인은 64,321.87달러입니다. ", "변동성이 커요. ", "요약。", "다음\n\n");
		assertThat(sentences.rest()).isEqualTo("목록");
	}

}
