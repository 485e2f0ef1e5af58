package sage.server.market.venue.okx;

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
 * The Okx provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.okx.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class OkxConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider okxProvider(ExchangeProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.okx().apiKey() != null;
		if (!properties.okx().enabled()) {
			return ConfiguredProvider.disabled(OkxClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.OKX.providerName(), properties.okx().upstream(), clock,
				metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(OkxClient.create(properties.okx(), policy, clock), policy, keyConfigured);
	}

}
