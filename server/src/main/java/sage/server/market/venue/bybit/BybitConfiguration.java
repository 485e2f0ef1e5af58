package sage.server.market.venue.bybit;

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
 * The Bybit provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.bybit.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class BybitConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider bybitProvider(ExchangeProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.bybit().apiKey() != null;
		if (!properties.bybit().enabled()) {
			return ConfiguredProvider.disabled(BybitClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.BYBIT.providerName(), properties.bybit().upstream(), clock,
				metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(BybitClient.create(properties.bybit(), policy, clock), policy, keyConfigured);
	}

}
