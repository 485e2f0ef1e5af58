package sage.server.market.api;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.InstrumentQuote;
import sage.server.market.cache.Cached;

/** The latest price of an instrument. */
@Schema(name = "Quote", description = "The latest price of an instrument, where it came from and how old it is")
record QuoteResponse(@Schema(example = "SPY") String symbol, @Schema(example = "683.89") BigDecimal price,
		@Schema(example = "681.11",
				description = "The previous session's close (24 h ago for crypto)") @Nullable BigDecimal previousClose,
		@Schema(example = "2.78") @Nullable BigDecimal change,
		@Schema(example = "0.4081565092",
				description = "Change in percent of the previous close") @Nullable BigDecimal changePercent,
		@Schema(example = "60523405",
				description = "The session's or last 24 hours' volume") @Nullable BigDecimal volume,
		@Schema(example = "USD") String currency,
		@Schema(example = "2025-11-21T21:00:00Z",
				description = "When the price was made: the trade, or the open time of the stored bar it closes") Instant time,
		@Schema(example = "yahoo",
				description = "A provider name, replay for recorded ticks played back, or stored for the latest stored close") String source,
		@Schema(example = "false",
				description = "True when the providers failed and this is an older answer, served instead of an error") boolean stale,
		@Schema(example = "2025-11-21T21:00:05Z", description = "When Sage fetched it") Instant asOf) {

	static QuoteResponse of(Cached<InstrumentQuote> cached) {
		InstrumentQuote quote = cached.value();
		return new QuoteResponse(quote.symbol(), quote.price(), quote.previousClose(), quote.change(),
				quote.changePercent(), quote.volume(), quote.currency(), quote.time(), quote.source(), cached.stale(),
				cached.fetchedAt());
	}

}
