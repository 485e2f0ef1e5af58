package sage.server.identity.oidc;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;

import sage.server.identity.security.Sessions;

/**
 * Sign-in with OpenID Connect providers, when any is configured: Spring Security's OAuth2
 * login on Sage's paths, added to the one security filter chain through a
 * {@code Customizer<HttpSecurity>} bean. With no provider configured nothing is added: no
 * path, no filter, no outgoing request.
 *
 * <ul>
 * <li>{@code GET /api/v1/auth/oidc/<id>} redirects to the provider (state, nonce and PKCE
 * kept in the session);</li>
 * <li>{@code GET /api/v1/auth/oidc/<id>/callback} takes the code back, checks state,
 * exchanges the code, checks the ID token (signature, issuer, audience, expiry, nonce),
 * then {@link ProviderSessions} starts the Sage session.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OidcConfiguration {

	@Bean
	SignInProviders signInProviders(OidcProperties properties) {
		return new SignInProviders(properties);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	ProviderSessions providerSessions(ProviderSignIns signIns, Sessions sessions, ApplicationEventPublisher events,
			Clock clock) {
		return new ProviderSessions(signIns, sessions, events, clock);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	Customizer<HttpSecurity> providerSignIn(SignInProviders providers, ProviderSessions ends) {
		return (http) -> {
			if (providers.isEmpty()) {
				return;
			}
			http.addFilterBefore(new ReturnPath(), OAuth2AuthorizationRequestRedirectFilter.class);
			http.oauth2Login((login) -> login.clientRegistrationRepository(providers.registrations())
				.authorizedClientRepository(new DiscardedProviderTokens())
				// the web app's page; also keeps Spring from generating a login page
				.loginPage("/sign-in")
				.authorizationEndpoint((start) -> start.baseUri(SignInProviders.START_PATH))
				.redirectionEndpoint((callback) -> callback.baseUri(SignInProviders.CALLBACK_PATHS))
				.successHandler(ends)
				.failureHandler(ends)
				// an unknown or unreachable provider at the start: back to the sign-in
				// page
				// (Spring answers a bare 500 otherwise)
				.withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
					@Override
					public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(ends);
						return filter;
					}
				}));
		};
	}

}
