package sage.server.market.api;

import io.swagger.v3.oas.annotations.media.Schema;

import sage.server.market.StoredBars;

/** What storing bars changed. */
@Schema(name = "StoreBarsResult")
record StoreBarsResponse(@Schema(example = "SPY") String symbol, @Schema(example = "1d") String interval,
		@Schema(example = "3") int received, @Schema(example = "2", description = "New open times") int inserted,
		@Schema(example = "1", description = "Stored bars whose values changed") int updated,
		@Schema(example = "0", description = "Stored bars already identical") int unchanged) {

	static StoreBarsResponse of(String symbol, String interval, StoredBars stored) {
		return new StoreBarsResponse(symbol, interval, stored.received(), stored.inserted(), stored.updated(),
				stored.unchanged());
	}

}
