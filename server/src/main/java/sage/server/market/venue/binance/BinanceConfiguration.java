package sage.server.market.venue.binance;

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
 * The Binance provider as the registry lists it: always listed, called only when
 * {@code sage.market.providers.binance.enabled=true}, through a policy whose calls and
 * circuit show in the metrics.
 */
@Configuration(proxyBeanMethods = false)
class BinanceConfiguration {

	@Bean
	@Order(10)
	ConfiguredProvider binanceProvider(ExchangeProperties properties, ProviderMetrics metrics, Clock clock) {
		boolean keyConfigured = properties.binance().apiKey() != null;
		if (!properties.binance().enabled()) {
			return ConfiguredProvider.disabled(BinanceClient.CAPABILITIES, keyConfigured);
		}
		UpstreamPolicy policy = new UpstreamPolicy(Venue.BINANCE.providerName(), properties.binance().upstream(), clock,
				metrics);
		metrics.watch(policy);
		return ConfiguredProvider.enabled(BinanceClient.create(properties.binance(), policy, clock), policy,
				keyConfigured);
	}

}
