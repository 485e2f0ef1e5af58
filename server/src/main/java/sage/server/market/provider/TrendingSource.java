package sage.server.market.provider;

import java.util.List;

/** {@link Capability#TRENDING}: what a provider's users are looking at. */
public interface TrendingSource extends MarketDataProvider {

	/**
	 * The provider's trending list for {@code region} ({@code US}, {@code KR}; ignored by
	 * crypto providers), at most {@code limit}.
	 * @throws UpstreamException when the upstream fails after retries
	 */
	List<TrendingEntry> trending(String region, int limit);

}
