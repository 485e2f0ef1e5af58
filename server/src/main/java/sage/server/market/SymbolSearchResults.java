package sage.server.market;

import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.market.provider.SearchHit;

/**
 * What a search found: Sage's own instruments first, then what the enabled providers know
 * that Sage does not list.
 *
 * @param query the text searched for
 * @param matches the instruments, best first
 * @param providers the providers asked
 * @param unavailable why a provider's hits are missing, e.g. {@code yahoo: timeout}
 * @param stale true when a provider's hits are an older answer served while it fails
 */
public record SymbolSearchResults(String query, List<Match> matches, List<String> providers, List<String> unavailable,
		boolean stale) {

	public SymbolSearchResults {
		matches = List.copyOf(matches);
		providers = List.copyOf(providers);
		unavailable = List.copyOf(unavailable);
	}

	/**
	 * One instrument found.
	 *
	 * @param symbol Sage's symbol, or the provider's spelled Sage's way when Sage does
	 * not list it
	 * @param name its name
	 * @param assetClass what it is, when known
	 * @param exchange where it is listed, when known
	 * @param listed whether Sage has the instrument (its bars, quote and indicators)
	 * @param source {@code sage} for the catalogue, else the provider that found it
	 * @param providerSymbol the provider's own symbol, for a provider's hit
	 */
	public record Match(String symbol, String name, @Nullable AssetClass assetClass, @Nullable String exchange,
			boolean listed, String source, @Nullable String providerSymbol) {
	}

	/** A provider's hits as cached: the list itself cannot carry its element type. */
	public record ProviderHits(List<SearchHit> hits) {

		public ProviderHits {
			hits = List.copyOf(hits);
		}

	}

}
