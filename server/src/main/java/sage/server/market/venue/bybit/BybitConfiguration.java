package sage.server.market.venue.bybit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.venue.ExchangeProperties;

/** The Bybit provider, only when {@code sage.market.providers.bybit.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.bybit.enabled")
class BybitConfiguration {

	@Bean
	BybitClient bybitClient(ExchangeProperties properties, Clock clock) {
		return BybitClient.create(properties.bybit(), clock);
	}

}
