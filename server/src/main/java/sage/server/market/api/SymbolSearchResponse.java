package sage.server.market.api;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.SymbolSearchResults;

/** Instruments found by a search. */
@Schema(name = "SymbolSearch",
		description = "Instruments matching a query: Sage's catalogue first, then what the enabled providers find")
record SymbolSearchResponse(@Schema(example = "tesla") String query, List<Match> matches,
		@Schema(example = "[\"yahoo\"]",
				description = "Providers asked; empty when none is enabled") List<String> providers,
		@Schema(example = "[\"coingecko: timeout\"]",
				description = "Providers whose hits are missing, and why") List<String> unavailable,
		@Schema(example = "false",
				description = "True when a provider's hits are an older answer served while it fails") boolean stale) {

	static SymbolSearchResponse of(SymbolSearchResults results) {
		return new SymbolSearchResponse(results.query(), results.matches().stream().map(Match::of).toList(),
				results.providers(), results.unavailable(), results.stale());
	}

	/** One instrument found. */
	@Schema(name = "SymbolMatch")
	record Match(@Schema(example = "TSLA",
			description = "Sage's symbol; for an instrument Sage does not list, the provider's spelled Sage's way") String symbol,
			@Schema(example = "Tesla, Inc.") String name,
			@Schema(example = "US_STOCK", description = "What it is, when known") @Nullable String assetClass,
			@Schema(example = "NASDAQ", description = "Where it is listed, when known") @Nullable String exchange,
			@Schema(example = "false",
					description = "Whether Sage lists it: only listed instruments have bars, quotes and indicators") boolean listed,
			@Schema(example = "yahoo",
					description = "sage for the catalogue, else the provider that found it") String source,
			@Schema(example = "TSLA", description = "The provider's own symbol") @Nullable String providerSymbol) {

		static Match of(SymbolSearchResults.Match match) {
			return new Match(match.symbol(), match.name(),
					(match.assetClass() != null) ? match.assetClass().name() : null, match.exchange(), match.listed(),
					match.source(), match.providerSymbol());
		}

	}

}
