package sage.server.market.venue.okx;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.venue.ExchangeProperties;

/** The OKX provider, only when {@code sage.market.providers.okx.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.okx.enabled")
class OkxConfiguration {

	@Bean
	OkxClient okxClient(ExchangeProperties properties, Clock clock) {
		return OkxClient.create(properties.okx(), clock);
	}

}
