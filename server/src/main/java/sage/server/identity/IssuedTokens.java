package sage.server.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An access token and the refresh token that renews it. Its string form hides both.
 *
 * @param accessToken the JWT to send as {@code Authorization: Bearer <token>}
 * @param tokenType always {@code Bearer}
 * @param expiresIn seconds until the access token expires
 * @param expiresAt when the access token expires
 * @param refreshToken good once, for a new pair, within 30 days
 * @param scopes what the access token may do (the API key's scopes)
 */
public record IssuedTokens(String accessToken, String tokenType, long expiresIn, Instant expiresAt, String refreshToken,
		Set<Scope> scopes) {

	@Override
	public String toString() {
		return "IssuedTokens[accessToken=******, refreshToken=******, expiresAt=" + this.expiresAt + ", scopes="
				+ this.scopes + "]";
	}

}
