package sage.server.market.venue.upbit;

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
 * The Upbit provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.upbit.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class UpbitConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider upbitProvider(ExchangeProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.upbit().apiKey() != null;
		if (!properties.upbit().enabled()) {
			return ConfiguredProvider.disabled(UpbitClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.UPBIT.providerName(), properties.upbit().upstream(), clock,
				metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(UpbitClient.create(properties.upbit(), policy, clock), policy, keyConfigured);
	}

}
