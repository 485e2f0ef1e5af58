package sage.server.platform.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module may use. */
@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

	/** The one clock of the application (UTC); tests replace it to control time. */
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

}
