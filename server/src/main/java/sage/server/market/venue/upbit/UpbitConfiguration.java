package sage.server.market.venue.upbit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.venue.ExchangeProperties;

/** The Upbit provider, only when {@code sage.market.providers.upbit.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.upbit.enabled")
class UpbitConfiguration {

	@Bean
	UpbitClient upbitClient(ExchangeProperties properties, Clock clock) {
		return UpbitClient.create(properties.upbit(), clock);
	}

}
