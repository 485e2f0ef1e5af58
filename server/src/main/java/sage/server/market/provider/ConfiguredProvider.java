package sage.server.market.provider;

import org.jspecify.annotations.Nullable;

/**
 * A provider as configured: what it can do, whether it is on, and, only when it is on,
 * the client and the policy it calls through. A disabled provider has no client at all,
 * so nothing can call it by mistake.
 *
 * <p>
 * Each provider configuration contributes one of these as a bean;
 * {@link MarketDataProviders} gathers them.
 *
 * @param capabilities what it can do
 * @param keyConfigured whether an API key is configured for it (never the key)
 * @param client the client, present exactly when the provider is enabled
 * @param policy the policy its calls run under, present when enabled
 */
public record ConfiguredProvider(ProviderCapabilities capabilities, boolean keyConfigured,
		@Nullable MarketDataProvider client, @Nullable UpstreamPolicy policy) {

	public ConfiguredProvider {
		if ((client == null) != (policy == null)) {
			throw new IllegalArgumentException(capabilities.provider() + ": a client needs its policy, and only it");
		}
		if (client != null) {
			if (!client.capabilities().equals(capabilities)) {
				throw new IllegalArgumentException(
						capabilities.provider() + ": the client declares other capabilities");
			}
			for (Capability capability : capabilities.capabilities()) {
				if (!sourceOf(capability).isInstance(client)) {
					throw new IllegalArgumentException(capabilities.provider() + " declares " + capability
							+ " but does not implement " + sourceOf(capability).getSimpleName());
				}
			}
		}
	}

	/** An enabled provider, called through {@code policy}. */
	public static ConfiguredProvider enabled(MarketDataProvider client, UpstreamPolicy policy, boolean keyConfigured) {
		return new ConfiguredProvider(client.capabilities(), keyConfigured, client, policy);
	}

	/** A provider that is configured off: listed, never called. */
	public static ConfiguredProvider disabled(ProviderCapabilities capabilities, boolean keyConfigured) {
		return new ConfiguredProvider(capabilities, keyConfigured, null, null);
	}

	/** The provider's name. */
	public String name() {
		return this.capabilities.provider();
	}

	/** Whether Sage calls it. */
	public boolean enabled() {
		return this.client != null;
	}

	/** How its upstream is doing; {@code null} while it is disabled. */
	public @Nullable UpstreamStatus status() {
		return (this.policy != null) ? this.policy.status() : null;
	}

	/** The source interface that answers {@code capability}. */
	static Class<? extends MarketDataProvider> sourceOf(Capability capability) {
		return switch (capability) {
			case BARS -> BarSource.class;
			case QUOTES -> QuoteSource.class;
			case SEARCH -> SymbolSearch.class;
			case TRENDING -> TrendingSource.class;
			case ORDER_BOOK -> OrderBookSource.class;
			case FEAR_GREED -> FearGreedSource.class;
		};
	}

}
