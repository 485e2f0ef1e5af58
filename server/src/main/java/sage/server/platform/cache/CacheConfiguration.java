package sage.server.platform.cache;

import org.apache.commons.logging.LogFactory;

import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.interceptor.LoggingCacheErrorHandler;
import org.springframework.context.annotation.Configuration;

/**
 * Caches are an optimisation, never a dependency: in-process (Caffeine) by default,
 * shared through Redis when {@code sage.redis.url} is set. When Redis fails or holds a
 * value that no longer deserialises, the read falls through to the database and the fault
 * is logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration implements CachingConfigurer {

	@Override
	public CacheErrorHandler errorHandler() {
		return new LoggingCacheErrorHandler(LogFactory.getLog(CacheConfiguration.class), false);
	}

}
