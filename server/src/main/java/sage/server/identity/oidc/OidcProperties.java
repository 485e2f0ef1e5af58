package sage.server.identity.oidc;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * OpenID Connect providers people may sign in with, under
 * {@code sage.identity.oidc.providers.<id>.*}. None by default: sign-in is then by
 * password only and no provider is contacted.
 *
 * <p>
 * The id names the provider in URLs ({@code /api/v1/auth/oidc/<id>}) and in the redirect
 * URI to register with it: {@code <base URL>/api/v1/auth/oidc/<id>/callback}. The id
 * {@code google} needs only a client id and secret; any other provider needs its issuer
 * URI, whose discovery document ({@code /.well-known/openid-configuration}) gives the
 * rest.
 *
 * @param providers by id (letters, digits and hyphens)
 */
@ConfigurationProperties("sage.identity.oidc")
public record OidcProperties(@DefaultValue Map<String, Provider> providers) {

	/**
	 * One provider.
	 *
	 * @param issuerUri the issuer, e.g. {@code https://login.example.com/realms/sage};
	 * optional for {@code google}
	 * @param clientId the client id the provider issued to this Sage server
	 * @param clientSecret the client secret; never logged
	 * @param displayName what the sign-in button says after "Continue with"; the id
	 * capitalised when not given ({@code Google} for {@code google})
	 * @param scopes what to ask for; {@code openid}, {@code email} and {@code profile} by
	 * default (Sage needs the verified email)
	 */
	public record Provider(@Nullable String issuerUri, @Nullable String clientId, @Nullable String clientSecret,
			@Nullable String displayName, @DefaultValue( {
					"openid", "email", "profile" }) List<String> scopes){

		@Override
		public String toString() {
			return "Provider[issuerUri=" + this.issuerUri + ", clientId=" + this.clientId + ", clientSecret="
					+ ((this.clientSecret != null) ? "******" : null) + ", displayName=" + this.displayName
					+ ", scopes=" + this.scopes + "]";
		}

	}

}
