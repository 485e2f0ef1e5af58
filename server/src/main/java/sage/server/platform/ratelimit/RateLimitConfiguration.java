package sage.server.platform.ratelimit;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import sage.server.platform.SageProperties;
import sage.server.platform.web.ProblemWriter;

/**
 * Rate limiting: buckets in Redis when {@code sage.redis.url} is set, so that nodes share
 * them, else in this process.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

	/** After Spring Security's chain (-100), so that the signed-in user is known. */
	static final int ORDER = 0;

	private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

	@Bean
	Buckets rateLimitBuckets(SageProperties sage,
			@Value("${spring.cache.redis.key-prefix:sage:cache:}") String cachePrefix) {
		String url = sage.redis().url();
		// the cache's prefix keeps one installation's (or test run's) keys apart from
		// another's
		return (url != null)
				? new SharedBuckets(url, cachePrefix.replace("cache:", "") + "ratelimit:", Duration.ofSeconds(2))
				: new LocalBuckets();
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitSettings settings, Buckets buckets,
			ProblemWriter problems, MeterRegistry meters) {
		RouteGroups groups = RouteGroups.of(settings);
		FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(
				new RateLimitFilter(groups, buckets, settings.proMultiplier(), problems, meters));
		registration.setOrder(ORDER);
		registration.setEnabled(settings.enabled());
		if (settings.enabled()) {
			log.info("Rate limits on, buckets {}: {}", buckets.describe(), String.join(", ",
					groups.all().stream().map((g) -> g.name() + " " + g.perMinute() + "/min").toList()));
		}
		else {
			log.info("Rate limits off (sage.rate-limits.enabled=false)");
		}
		return registration;
	}

}
