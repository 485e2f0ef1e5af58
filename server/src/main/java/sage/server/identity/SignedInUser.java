package sage.server.identity;

import java.io.Serializable;
import java.security.Principal;
import java.util.UUID;

/**
 * Who made a request: the principal of a signed-in session. Holds no personal data (the
 * session is stored server-side, but the less it holds the less it leaks).
 *
 * @param id the account id
 * @param role what the account may do, as of sign-in
 * @param tier the account's plan, as of sign-in
 */
public record SignedInUser(UUID id, Role role, Tier tier) implements Serializable, Principal {

	/** The account id: what names the caller in rate limits and the audit log. */
	@Override
	public String getName() {
		return this.id.toString();
	}

	/** Whether this user may see other accounts (masked for SUPPORT). */
	public boolean isStaff() {
		return this.role == Role.SUPPORT || this.role == Role.ADMIN;
	}

}
