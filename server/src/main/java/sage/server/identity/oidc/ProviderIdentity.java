package sage.server.identity.oidc;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.core.oidc.StandardClaimAccessor;

import sage.server.identity.account.Accounts;
import sage.server.identity.account.EmailAddress;

/**
 * Who a provider says signed in: the claims of its ID token (completed by its UserInfo
 * endpoint, whose subject Spring Security checks against the token's).
 *
 * @param provider the provider id
 * @param subject the provider's stable id of the person ({@code sub})
 * @param email the email, when the provider gave one Sage accepts as an address
 * @param emailVerified whether the provider says it verified that email
 * ({@code email_verified} is true)
 * @param name how to address the person, if given (trimmed to what a profile takes)
 */
public record ProviderIdentity(String provider, String subject, @Nullable EmailAddress email, boolean emailVerified,
		@Nullable String name) {

	/** The identity in a provider's claims. */
	public static ProviderIdentity of(String provider, StandardClaimAccessor claims) {
		String email = claims.getEmail();
		EmailAddress address = (email != null && EmailAddress.isValid(email)) ? EmailAddress.of(email) : null;
		return new ProviderIdentity(provider, claims.getSubject(), address,
				Boolean.TRUE.equals(claims.getEmailVerified()), name(claims.getFullName()));
	}

	/** Whether the email can be trusted to be this person's. */
	public boolean hasVerifiedEmail() {
		return this.email != null && this.emailVerified;
	}

	/**
	 * A display name a profile takes: control characters dropped, at most
	 * {@link Accounts#MAX_DISPLAY_NAME} characters, null when nothing is left.
	 */
	static @Nullable String name(@Nullable String name) {
		if (name == null) {
			return null;
		}
		StringBuilder kept = new StringBuilder();
		name.strip()
			.codePoints()
			.filter((c) -> !Character.isISOControl(c))
			.limit(Accounts.MAX_DISPLAY_NAME)
			.forEach(kept::appendCodePoint);
		String result = kept.toString().strip();
		return result.isEmpty() ? null : result;
	}

	@Override
	public String toString() {
		return "ProviderIdentity[provider=" + this.provider + ", emailVerified=" + this.emailVerified + "]";
	}

}
