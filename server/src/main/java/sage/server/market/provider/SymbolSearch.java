package sage.server.market.provider;

import java.util.List;

/** {@link Capability#SEARCH}: finding instruments upstream. */
public interface SymbolSearch extends MarketDataProvider {

	/**
	 * Instruments matching {@code query}, best first, at most {@code limit}.
	 * @throws UpstreamException when the upstream fails after retries
	 */
	List<SearchHit> search(String query, int limit);

}
