package sage.server.market.provider;

import java.util.Set;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;

/**
 * What a provider can do, as data: the API, the ingestion scheduler and the status page
 * read this instead of probing the provider.
 *
 * @param provider the provider's stable name ({@code yahoo}, {@code coingecko},
 * {@code binance})
 * @param capabilities the source interfaces it implements
 * @param assetClasses the instruments it covers
 * @param intervals the bar intervals it serves (empty without {@link Capability#BARS})
 * @param needsKey whether it only works with an API key from configuration
 */
public record ProviderCapabilities(String provider, Set<Capability> capabilities, Set<AssetClass> assetClasses,
		Set<Timeframe> intervals, boolean needsKey) {

	public ProviderCapabilities {
		capabilities = Set.copyOf(capabilities);
		assetClasses = Set.copyOf(assetClasses);
		intervals = Set.copyOf(intervals);
	}

	/** Whether the provider answers {@code capability}. */
	public boolean can(Capability capability) {
		return this.capabilities.contains(capability);
	}

}
