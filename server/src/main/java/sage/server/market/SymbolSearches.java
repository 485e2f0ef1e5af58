package sage.server.market;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.SearchHit;
import sage.server.market.provider.SymbolSearch;
import sage.server.market.provider.UpstreamException;

/**
 * Finds instruments by symbol or name in Sage's catalogue and, when Yahoo or CoinGecko
 * are enabled, upstream too, so that a trader finds what Sage does not list yet. Each
 * provider's hits are cached for {@link CachePolicy#SEARCH}'s hour; a failing provider is
 * left out and named, or its last hits are served and the answer flagged stale.
 */
@Service
public class SymbolSearches {

	private final Instruments instruments;

	private final MarketDataProviders providers;

	private final MarketCache cache;

	SymbolSearches(Instruments instruments, MarketDataProviders providers, MarketCache cache) {
		this.instruments = instruments;
		this.providers = providers;
		this.cache = cache;
	}

	/**
	 * Up to {@code limit} instruments matching {@code query}: the catalogue's, then the
	 * providers' that the catalogue does not have.
	 */
	public SymbolSearchResults search(String query, int limit) {
		String text = query.strip();
		List<SymbolSearchResults.Match> matches = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (Instrument instrument : this.instruments.search(text, limit).instruments()) {
			matches.add(new SymbolSearchResults.Match(instrument.symbol(), instrument.name(), instrument.assetClass(),
					instrument.venue(), true, "sage", null));
			seen.add(instrument.symbol());
		}
		List<String> asked = new ArrayList<>();
		List<String> unavailable = new ArrayList<>();
		boolean stale = false;
		// an empty query lists the catalogue; providers have nothing to search for
		List<SymbolSearch> upstream = text.isEmpty() ? List.of() : this.providers.enabled(SymbolSearch.class);
		for (SymbolSearch provider : upstream) {
			asked.add(provider.name());
			Cached<SymbolSearchResults.ProviderHits> hits;
			try {
				hits = this.cache.get(CachePolicy.SEARCH,
						provider.name() + ":" + limit + ":" + text.toLowerCase(Locale.ROOT),
						SymbolSearchResults.ProviderHits.class,
						() -> new SymbolSearchResults.ProviderHits(provider.search(text, limit)));
			}
			catch (UpstreamException ex) {
				unavailable.add(ex.provider() + ": " + ex.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '));
				continue;
			}
			stale |= hits.stale();
			for (SearchHit hit : hits.value().hits()) {
				String spelled = ProviderSymbols.canonical(provider.name(), hit.venueSymbol());
				Instrument known = this.instruments.find(spelled).orElse(null);
				String symbol = (known != null) ? known.symbol() : spelled;
				if (seen.add(symbol)) {
					matches.add(new SymbolSearchResults.Match(symbol, (known != null) ? known.name() : hit.name(),
							(known != null) ? known.assetClass() : hit.assetClass(), hit.exchange(), known != null,
							provider.name(), hit.venueSymbol()));
				}
			}
		}
		return new SymbolSearchResults(text, (matches.size() > limit) ? matches.subList(0, limit) : matches, asked,
				unavailable, stale);
	}

}
