package sage.server.market.venue.kis;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import sage.server.market.provider.ConfiguredProvider;
import sage.server.market.provider.ProviderMetrics;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.venue.Venue;

/**
 * The Kis provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.kis.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class KisConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider kisProvider(KisProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.appKey() != null;
		if (!properties.enabled()) {
			return ConfiguredProvider.disabled(KisClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.KIS.providerName(), properties.upstream(), clock, metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(KisClient.create(properties, policy, clock), policy, keyConfigured);
	}

}
