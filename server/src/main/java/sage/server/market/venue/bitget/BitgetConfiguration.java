package sage.server.market.venue.bitget;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.venue.ExchangeProperties;

/** The Bitget provider, only when {@code sage.market.providers.bitget.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.bitget.enabled")
class BitgetConfiguration {

	@Bean
	BitgetClient bitgetClient(ExchangeProperties properties, Clock clock) {
		return BitgetClient.create(properties.bitget(), clock);
	}

}
