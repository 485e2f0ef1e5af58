package sage.server.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.Movers;
import sage.server.market.cache.Cached;

/** What moved in one market. */
@Schema(name = "Movers",
		description = "Top gainers, losers and volume over each instrument's latest stored daily session, and "
				+ "providers' trending lists")
record MoversResponse(@Schema(example = "KR", allowableValues = {
		"US", "KR", "CRYPTO" }) String market, List<Mover> gainers, List<Mover> losers, List<Mover> mostActive,
		@Schema(description = "Providers' trending lists (Yahoo for stocks, CoinGecko for crypto); empty when none "
				+ "is enabled") List<Trending> trending,
		@Schema(example = "yahoo: timeout",
				description = "Why the trending list is missing, when its provider failed") @Nullable String trendingUnavailable,
		@Schema(example = "false",
				description = "True when this is an older answer served because a provider failed") boolean stale,
		@Schema(example = "2025-11-21T21:00:05Z", description = "When Sage computed it") Instant asOf){

	static MoversResponse of(Cached<Movers> cached) {
		Movers movers = cached.value();
		return new MoversResponse(movers.market().name(), movers.gainers().stream().map(Mover::of).toList(),
				movers.losers().stream().map(Mover::of).toList(), movers.mostActive().stream().map(Mover::of).toList(),
				movers.trending().stream().map(Trending::of).toList(), movers.trendingUnavailable(), cached.stale(),
				cached.fetchedAt());
	}

	/** An instrument's latest stored session. */
	@Schema(name = "Mover")
	record Mover(@Schema(example = "000660") String symbol, @Schema(example = "SK hynix") String name,
			@Schema(example = "177100") BigDecimal price, @Schema(example = "4300") BigDecimal change,
			@Schema(example = "2.488425926") BigDecimal changePercent, @Schema(example = "3612540") BigDecimal volume,
			@Schema(example = "2024-06-14T00:00:00Z", description = "Open time of the session") Instant time) {

		static Mover of(Movers.Mover mover) {
			return new Mover(mover.symbol(), mover.name(), mover.price(), mover.change(), mover.changePercent(),
					mover.volume(), mover.time());
		}

	}

	/** An entry of a provider's trending list. */
	@Schema(name = "TrendingSymbol")
	record Trending(@Schema(example = "NVDA") String symbol,
			@Schema(example = "false", description = "Whether Sage has an instrument under this symbol") boolean listed,
			@Schema(example = "NVIDIA Corporation") @Nullable String name,
			@Schema(example = "182.55") @Nullable BigDecimal price,
			@Schema(example = "-3.15") @Nullable BigDecimal changePercent, @Schema(example = "yahoo") String provider) {

		static Trending of(Movers.TrendingSymbol symbol) {
			return new Trending(symbol.symbol(), symbol.listed(), symbol.name(), symbol.price(), symbol.changePercent(),
					symbol.provider());
		}

	}

}
