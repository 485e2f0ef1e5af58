package sage.server.market.venue.kis;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The KIS provider, only when {@code sage.market.providers.kis.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.kis.enabled")
class KisConfiguration {

	@Bean
	KisClient kisClient(KisProperties properties, Clock clock) {
		return KisClient.create(properties, clock);
	}

}
