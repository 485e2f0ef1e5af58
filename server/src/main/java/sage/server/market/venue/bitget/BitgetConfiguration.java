package sage.server.market.venue.bitget;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import sage.server.market.provider.ConfiguredProvider;
import sage.server.market.provider.ProviderMetrics;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.ExchangeProperties;
import sage.server.market.venue.Venue;

/**
 * The Bitget provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.bitget.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class BitgetConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider bitgetProvider(ExchangeProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.bitget().apiKey() != null;
		if (!properties.bitget().enabled()) {
			return ConfiguredProvider.disabled(BitgetClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.BITGET.providerName(), properties.bitget().upstream(), clock,
				metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(BitgetClient.create(properties.bitget(), policy, clock), policy,
				keyConfigured);
	}

}
