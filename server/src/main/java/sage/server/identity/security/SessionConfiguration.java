package sage.server.identity.security;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;

/**
 * Where sessions keep the signed-in user and the CSRF token. Not limited to web
 * applications because the controllers that start sessions exist in every context
 * (commands such as {@code ./sage backtest} create them too, and never call them).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	SecurityContextRepository securityContextRepository() {
		return new HttpSessionSecurityContextRepository();
	}

	/**
	 * The {@code XSRF-TOKEN} cookie: readable by the SPA's script (that is the point of
	 * cookie-to-header), SameSite=Lax, Secure on secure requests.
	 */
	@Bean
	CsrfTokenRepository csrfTokenRepository() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	@Bean
	Sessions sessions(SecurityContextRepository securityContextRepository, CsrfTokenRepository csrfTokenRepository,
			@Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie, Clock clock) {
		return new Sessions(securityContextRepository, csrfTokenRepository, sessionCookie, clock);
	}

}
