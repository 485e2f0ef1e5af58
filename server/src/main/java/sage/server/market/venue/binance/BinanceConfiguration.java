package sage.server.market.venue.binance;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.market.venue.ExchangeProperties;

/** The Binance provider, only when {@code sage.market.providers.binance.enabled=true}. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("sage.market.providers.binance.enabled")
class BinanceConfiguration {

	@Bean
	BinanceClient binanceClient(ExchangeProperties properties, Clock clock) {
		return BinanceClient.create(properties.binance(), clock);
	}

}
