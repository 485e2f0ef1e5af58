package sage.server.market.cache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * The market cache: in Redis when {@code sage.redis.url} is set (which gives a Redis
 * connection factory), so all nodes share it; in this process otherwise.
 */
@Configuration(proxyBeanMethods = false)
class MarketCacheConfiguration {

	/** Enough for every instrument's quote and a few hundred ranges each. */
	private static final long LOCAL_ENTRIES = 100_000;

	@Bean
	MarketCache marketCache(ObjectProvider<RedisConnectionFactory> redis, JsonMapper json, Clock clock,
			MeterRegistry meters, @Value("${spring.cache.redis.key-prefix:sage:cache:}") String keyPrefix) {
		RedisConnectionFactory connections = redis.getIfAvailable();
		CacheStore store = (connections != null) ? new SharedCacheStore(connections, json, keyPrefix + "market:")
				: new LocalCacheStore(LOCAL_ENTRIES);
		return new MarketCache(store, json, clock, meters);
	}

}
