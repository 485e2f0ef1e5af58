package sage.server.market.provider;

import java.util.List;

/** {@link Capability#QUOTES}: latest prices. */
public interface QuoteSource extends MarketDataProvider {

	/**
	 * The latest quotes of {@code venueSymbols}, in one upstream call where the provider
	 * allows; symbols the provider does not know are left out.
	 * @throws UpstreamException when the upstream fails after retries
	 */
	List<Quote> quotes(List<String> venueSymbols);

}
