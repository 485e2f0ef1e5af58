package sage.server.identity.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

import sage.server.audit.AuditLog;
import sage.server.identity.AccessTokens;
import sage.server.identity.ApiKeys;
import sage.server.identity.account.Accounts;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Who may call what, and how the browser is protected.
 *
 * <ul>
 * <li>Who may call what is {@link AccessTable}'s: per operation an audience (anyone,
 * signed in, staff, administrators) and the scope an API key needs. Market data,
 * research, the API docs and the web app stay open to anonymous callers. An
 * administrator's session without a second factor reaches only two-factor enrolment and
 * the session (403 {@code second-factor-required} elsewhere).</li>
 * <li>API keys ({@link BearerAuthentication}) authenticate one request each, never a
 * session, and need no CSRF token (they are not ambient credentials).</li>
 * <li>CSRF: cookie-to-header (the SPA copies the {@code XSRF-TOKEN} cookie into
 * {@code X-XSRF-TOKEN}), required only for state-changing requests that carry the session
 * cookie. A request without the cookie has no ambient credentials a forged request could
 * ride on, so API clients keep posting without tokens.</li>
 * <li>Headers: CSP (same-origin scripts, no framing), {@code X-Content-Type-Options},
 * {@code Referrer-Policy}, {@code X-Frame-Options}, and HSTS on secure requests only.
 * Cache-Control is left to the endpoints (market data is cacheable) except that
 * identity's answers are {@code no-store}.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Paths open to a session that must enrol a second factor first: enrolment and the
	 * session (sign-out is open to everyone).
	 */
	static final String[] ENROLMENT = { "/api/v1/users/2fa", "/api/v1/users/2fa/**", "/api/v1/auth/session" };

	/** Paths whose answers hold personal data and must not be cached. */
	static final String[] PRIVATE = { "/api/v1/users/**", "/api/v1/auth/**", "/api/v1/accounts/**", "/api/v1/accounts",
			"/api/v1/admin/**" };

	/**
	 * Same-origin everything; inline styles allowed (charting and Swagger UI set them),
	 * inline scripts not; {@code data:} images for Swagger UI's icons.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

	@Bean
	SecurityFilterChain sageSecurity(HttpSecurity http, SecurityProblems problems, ApiKeys apiKeys,
			AccessTokens accessTokens, SecurityContextRepository securityContextRepository,
			CsrfTokenRepository csrfTokenRepository, Accounts accounts, Sessions sessions) throws Exception {
		RequestMatcher privatePaths = anyOf(PRIVATE);
		// enrolment first: the only paths a session that must enrol a second factor
		// reaches
		// beyond what anyone may call; the table decides the rest, scopes included
		// an async re-dispatch (a streamed answer's end) belongs to a request authorised
		// on its way in; bearer credentials are not read again for it
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ASYNC)
			.permitAll()
			.requestMatchers(anyOf(ENROLMENT))
			.access(new EnrolmentAuthorization())
			.anyRequest()
			.access(new TableAuthorization()))
			.securityContext((context) -> context.securityContextRepository(securityContextRepository))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository)
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(SecurityConfiguration::carriesSessionCookie))
			.addFilterAfter(new RevokedSessions(accounts, sessions), SecurityContextHolderFilter.class)
			.addFilterBefore(new BearerAuthentication(apiKeys, accessTokens, problems), CsrfFilter.class)
			.addFilterAfter(new CsrfCookieForSessions(), CsrfFilter.class)
			.addFilterAfter(new RateLimitTier(), CsrfFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frames) -> frames.deny())
				.cacheControl((cache) -> cache.disable())
				.httpStrictTransportSecurity((hsts) -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(privatePaths,
						new StaticHeadersWriter("Cache-Control", "no-store"))))
			.requestCache((cache) -> cache.disable())
			.formLogin((form) -> form.disable())
			.httpBasic((basic) -> basic.disable())
			.logout((logout) -> logout.disable());
		return http.build();
	}

	/**
	 * Whether CSRF applies: a state-changing method on a request that came with a session
	 * cookie (the only ambient credential Sage accepts).
	 */
	static boolean carriesSessionCookie(HttpServletRequest request) {
		return !SAFE_METHODS.contains(request.getMethod()) && request.getRequestedSessionId() != null
				&& request.isRequestedSessionIdFromCookie();
	}

	private static RequestMatcher anyOf(String[] patterns) {
		RequestMatcher[] matchers = new RequestMatcher[patterns.length];
		for (int i = 0; i < patterns.length; i++) {
			matchers[i] = pathPattern(patterns[i]);
		}
		return (request) -> {
			for (RequestMatcher matcher : matchers) {
				if (matcher.matches(request)) {
					return true;
				}
			}
			return false;
		};
	}

	@Bean
	SecurityProblems securityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver,
			AuditLog audit) {
		return new SecurityProblems(resolver, audit);
	}

	/**
	 * Sessions start only through {@code POST /api/v1/auth/login}; this keeps Boot from
	 * creating an in-memory user with a generated password (no default password, ever).
	 */
	@Bean
	AuthenticationManager noOtherSignIn() {
		return (authentication) -> {
			throw new ProviderNotFoundException("Sign in with POST /api/v1/auth/login");
		};
	}

	/**
	 * Writes the {@code XSRF-TOKEN} cookie for requests that have a session, so the SPA
	 * always holds a token when it needs one (CSRF tokens are otherwise loaded lazily).
	 */
	static final class CsrfCookieForSessions extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getRequestedSessionId() != null
					&& request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

}
