package sage.server.identity.account;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;

/**
 * One account, decrypted. Lives only in memory: the store writes the email and name
 * encrypted.
 *
 * @param id the account id
 * @param email the normalised email
 * @param displayName how the user is addressed, if they said
 * @param passwordHash the Argon2id hash (PHC string)
 * @param role what the account may do
 * @param tier the account's plan
 * @param emailVerified whether the email was confirmed with an emailed token (or a
 * password reset, which proves the same)
 * @param lockout failed sign-ins and any lock
 * @param createdAt when the account was created
 * @param settings profile settings
 * @param lockedAt when an administrator locked the account, or {@code null}
 */
public record Account(UUID id, EmailAddress email, @Nullable String displayName, String passwordHash, Role role,
		Tier tier, boolean emailVerified, Lockout lockout, Instant createdAt, Settings settings,
		@Nullable Instant lockedAt) {

	/**
	 * Whether an administrator locked the account: no sign-in, no session, no API key.
	 */
	public boolean isLockedByAdministrator() {
		return this.lockedAt != null;
	}

	/** The principal of a session of this account, signed in with the password only. */
	public SignedInUser asSignedIn() {
		return asSignedIn(false);
	}

	/** The principal of a session of this account. */
	public SignedInUser asSignedIn(boolean secondFactorVerified) {
		return new SignedInUser(this.id, this.role, this.tier, secondFactorVerified);
	}

	@Override
	public String toString() {
		return "Account[id=" + this.id + ", role=" + this.role + ", tier=" + this.tier + "]";
	}

}
