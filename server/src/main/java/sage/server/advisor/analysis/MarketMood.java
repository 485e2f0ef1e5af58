package sage.server.advisor.analysis;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sage.server.advisor.facts.Fact;
import sage.server.advisor.facts.FactSheet;
import sage.server.advisor.facts.Unit;
import sage.server.market.FearGreed;

/**
 * The crypto market's mood: the Fear &amp; Greed index now and its change over a week.
 *
 * @param facts {@value #VALUE}, and {@value #CHANGE_7D} when the reading of a week before
 * is there
 * @param classification the provider's word for the newest reading ({@code Fear},
 * {@code Extreme Greed}), not a number and so not a fact
 */
public record MarketMood(FactSheet facts, String classification) {

	/** The id of the newest reading (0 to 100). */
	public static final String VALUE = "fear-greed.value";

	/** The id of the newest reading minus the reading of seven days before, in points. */
	public static final String CHANGE_7D = "fear-greed.change7d";

	/** Readings asked for: today and the same day a week before. */
	static final int DAYS = 8;

	/**
	 * The mood the readings show.
	 * @param readings newest first, as {@link FearGreed#recent} gives them
	 * @return empty when there is no reading
	 */
	static Optional<MarketMood> of(List<FearGreed.Day> readings) {
		if (readings.isEmpty()) {
			return Optional.empty();
		}
		FearGreed.Day newest = readings.get(0);
		String source = ApiPaths.fearGreed(DAYS);
		List<Fact> facts = new ArrayList<>();
		facts.add(new Fact(VALUE, "crypto Fear & Greed index (0 extreme fear, 100 extreme greed)",
				BigDecimal.valueOf(newest.value()), Unit.INDEX, null, null, source, newest.time()));
		readings.stream()
			.filter((day) -> day.time().equals(newest.time().minus(Duration.ofDays(7))))
			.findFirst()
			.ifPresent((weekBefore) -> facts
				.add(new Fact(CHANGE_7D, "change of the Fear & Greed index over 7 days, points",
						BigDecimal.valueOf(newest.value() - weekBefore.value()), Unit.INDEX, null, null, source,
						newest.time())));
		return Optional.of(new MarketMood(new FactSheet(facts), newest.classification()));
	}

}
