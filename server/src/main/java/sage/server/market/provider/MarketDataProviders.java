package sage.server.market.provider;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every market data provider Sage knows, enabled or not, and the enabled ones by what
 * they can do. Ingestion asks it for a source ({@code enabled(BarSource.class)}); the
 * status API lists {@link #configured()}.
 */
public final class MarketDataProviders {

	private final List<ConfiguredProvider> configured;

	public MarketDataProviders(List<ConfiguredProvider> configured) {
		Set<String> names = new HashSet<>();
		for (ConfiguredProvider provider : configured) {
			if (!names.add(provider.name())) {
				throw new IllegalArgumentException("two providers are named " + provider.name());
			}
		}
		this.configured = List.copyOf(configured);
	}

	/** Every known provider, enabled or not, in configuration order. */
	public List<ConfiguredProvider> configured() {
		return this.configured;
	}

	/** The enabled providers that implement {@code source}, in configuration order. */
	public <T extends MarketDataProvider> List<T> enabled(Class<T> source) {
		return this.configured.stream()
			.map(ConfiguredProvider::client)
			.filter(source::isInstance)
			.map(source::cast)
			.toList();
	}

	/** The enabled providers that answer {@code capability}, in configuration order. */
	public List<MarketDataProvider> enabled(Capability capability) {
		return this.configured.stream()
			.filter((provider) -> provider.enabled() && provider.capabilities().can(capability))
			.map(ConfiguredProvider::client)
			.map(MarketDataProvider.class::cast)
			.toList();
	}

	/** The enabled provider named {@code name} if it implements {@code source}. */
	public <T extends MarketDataProvider> Optional<T> enabled(String name, Class<T> source) {
		return this.configured.stream()
			.filter((provider) -> provider.name().equals(name))
			.map(ConfiguredProvider::client)
			.filter(source::isInstance)
			.map(source::cast)
			.findFirst();
	}

}
