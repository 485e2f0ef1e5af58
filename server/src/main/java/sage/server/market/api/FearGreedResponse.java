package sage.server.market.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.FearGreed;
import sage.server.market.cache.Cached;
import sage.server.market.provider.FearGreedReading;

/** The crypto Fear & Greed index. */
@Schema(name = "FearGreed", description = "The crypto Fear & Greed index: 0 extreme fear, 100 extreme greed")
record FearGreedResponse(@Schema(example = "alternative-me") String source,
		@Schema(description = "The newest reading; absent when the provider sent none") @Nullable Reading current,
		@Schema(description = "Readings, newest first") List<Reading> history,
		@Schema(example = "false",
				description = "True when this is an older answer served because the provider failed") boolean stale,
		@Schema(example = "2025-03-02T09:00:00Z", description = "When Sage fetched it") Instant asOf) {

	static FearGreedResponse of(Cached<FearGreed.Readings> cached) {
		List<Reading> history = cached.value().readings().stream().map(Reading::of).toList();
		return new FearGreedResponse(cached.value().source(), history.isEmpty() ? null : history.get(0), history,
				cached.stale(), cached.fetchedAt());
	}

	/** One day of the index. */
	@Schema(name = "FearGreedReading")
	record Reading(@Schema(example = "2025-03-02T00:00:00Z", description = "The day it applies to (UTC)") Instant time,
			@Schema(example = "40", minimum = "0", maximum = "100") int value,
			@Schema(example = "Fear", allowableValues = {
					"Extreme Fear", "Fear", "Neutral", "Greed", "Extreme Greed" }) String classification){

		static Reading of(FearGreedReading reading) {
			return new Reading(reading.time(), reading.value(), reading.classification());
		}

	}

}
