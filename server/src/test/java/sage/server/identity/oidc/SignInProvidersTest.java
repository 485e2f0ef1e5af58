package sage.server.identity.oidc;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SignInProvidersTest {

	private static final List<String> SCOPES = List.of("openid", "email", "profile");

	@Test
	void noneByDefault() {
		SignInProviders providers = new SignInProviders(new OidcProperties(Map.of()));
		assertThat(providers.isEmpty()).isTrue();
		assertThat(providers.list()).isEmpty();
		assertThat(providers.registrations().findByRegistrationId("google")).isNull();
	}

	@Test
	void googleNeedsOnlyItsClientIdAndSecret() {
		SignInProviders providers = new SignInProviders(
				new OidcProperties(Map.of("google", new OidcProperties.Provider(null, "id", "secret", null, SCOPES))));
		assertThat(providers.list()).containsExactly(new SignInProviders.SignInProvider("google", "Google"));
		assertThat(providers.list().get(0).signInUrl()).isEqualTo("/api/v1/auth/oidc/google");
		ClientRegistration google = providers.registrations().findByRegistrationId("google");
		assertThat(google).isNotNull();
		assertThat(google.getProviderDetails().getIssuerUri()).isEqualTo("https://accounts.google.com");
		assertThat(google.getRedirectUri()).isEqualTo("{baseUrl}/api/v1/auth/oidc/{registrationId}/callback");
		assertThat(google.getClientSettings().isRequireProofKey()).isTrue();
		assertThat(google.getScopes()).containsExactlyInAnyOrderElementsOf(SCOPES);
	}

	@Test
	void anUnreachableIssuerIsNoRegistrationYet() {
		SignInProviders providers = new SignInProviders(new OidcProperties(Map.of("corp",
				new OidcProperties.Provider("http://127.0.0.1:1/realms/none", "id", "secret", "Corp SSO", SCOPES))));
		assertThat(providers.list()).containsExactly(new SignInProviders.SignInProvider("corp", "Corp SSO"));
		assertThat(providers.registrations().findByRegistrationId("corp")).isNull();
		assertThat(providers.registrations().findByRegistrationId("other")).isNull();
	}

	@Test
	void refusesIncompleteProvidersAtStart() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new SignInProviders(new OidcProperties(
					Map.of("corp", new OidcProperties.Provider(null, "id", "secret", null, SCOPES)))))
			.withMessageContaining("sage.identity.oidc.providers.corp.issuer-uri");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SignInProviders(
					new OidcProperties(Map.of("google", new OidcProperties.Provider(null, "id", " ", null, SCOPES)))))
			.withMessageContaining("client-secret");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SignInProviders(new OidcProperties(
					Map.of("Bad_Id", new OidcProperties.Provider(null, "id", "secret", null, SCOPES)))))
			.withMessageContaining("provider id");
		assertThatIllegalStateException()
			.isThrownBy(() -> new SignInProviders(new OidcProperties(
					Map.of("google", new OidcProperties.Provider(null, "id", "secret", null, List.of("email"))))))
			.withMessageContaining("openid");
	}

	@Test
	void neverPrintsTheClientSecret() {
		assertThat(new OidcProperties.Provider(null, "id", "hunter2-client-secret", null, SCOPES).toString())
			.doesNotContain("hunter2");
	}

	@Test
	void theProviderOfAFlowPathIsNamedForTheLog() {
		assertThat(ProviderSessions.providerOf(new MockHttpServletRequest("GET", "/api/v1/auth/oidc/google")))
			.isEqualTo("google");
		assertThat(
				ProviderSessions.providerOf(new MockHttpServletRequest("GET", "/api/v1/auth/oidc/corp-sso/callback")))
			.isEqualTo("corp-sso");
		assertThat(ProviderSessions.providerOf(new MockHttpServletRequest("GET", "/api/v1/auth/oidc/%0A<x>")))
			.isEqualTo("unknown");
	}

}
