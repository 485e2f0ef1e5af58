package sage.server.identity.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * Keeps none of the provider's tokens. Sage asks a provider who signed in and nothing
 * more: the access and refresh tokens it answers with are not needed once the ID token is
 * checked, and tokens never kept cannot leak (Spring Security would otherwise hold them
 * in memory, per user, indefinitely).
 */
final class DiscardedProviderTokens implements OAuth2AuthorizedClientRepository {

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String clientRegistrationId,
			@Nullable Authentication principal, HttpServletRequest request) {
		return null;
	}

	@Override
	public void saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, @Nullable Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		// dropped on purpose
	}

	@Override
	public void removeAuthorizedClient(String clientRegistrationId, @Nullable Authentication principal,
			HttpServletRequest request, HttpServletResponse response) {
		// nothing kept
	}

}
