package sage.server.advisor.analysis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.Unit;
import sage.server.market.FearGreed;

import static org.assertj.core.api.Assertions.assertThat;

class MarketMoodTest {

	private static final Instant TODAY = Instant.parse("2025-03-02T00:00:00Z");

	@Test
	void theNewestReadingAndItsChangeOverAWeek() {
		MarketMood mood = MarketMood.of(days(40, 31, 35, 30, 28, 29, 33, 25)).orElseThrow();

		Fact value = mood.facts().find(MarketMood.VALUE).orElseThrow();
		assertThat(value.value()).isEqualByComparingTo("40");
		assertThat(value.unit()).isEqualTo(Unit.INDEX);
		assertThat(value.asOf()).isEqualTo(TODAY);
		assertThat(value.source()).isEqualTo("/api/v1/market/fear-greed?days=8");
		assertThat(mood.facts().find(MarketMood.CHANGE_7D).orElseThrow().value()).isEqualByComparingTo("15");
		assertThat(mood.classification()).isEqualTo("Fear");
	}

	@Test
	void noChangeWithoutTheReadingOfAWeekBefore() {
		MarketMood mood = MarketMood.of(days(40, 31, 35)).orElseThrow();

		assertThat(mood.facts().find(MarketMood.CHANGE_7D)).isEmpty();
		assertThat(mood.facts().find(MarketMood.VALUE)).isPresent();
	}

	@Test
	void noMoodWithoutReadings() {
		assertThat(MarketMood.of(List.of())).isEmpty();
	}

	/** Readings newest first, one a day back from today. */
	private static List<FearGreed.Day> days(int... values) {
		List<FearGreed.Day> days = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			days.add(new FearGreed.Day(TODAY.minus(Duration.ofDays(i)), values[i], "Fear"));
		}
		return days;
	}

}
