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
 * @param secondFactorVerified whether this session proved a second factor (a TOTP or
 * recovery code at sign-in, or the first code at enrolment); what live trading checks
 */
public record SignedInUser(UUID id, Role role, Tier tier,
		boolean secondFactorVerified) implements Serializable, Principal {

	/** The account id: what names the caller in rate limits and the audit log. */
	@Override
	public String getName() {
		return this.id.toString();
	}

	/**
	 * Whether this session may do nothing but enrol a second factor: administrators must
	 * have one, and until this session proves it only enrolment, the session and sign-out
	 * are open to it.
	 */
	public boolean mustEnrolSecondFactor() {
		return this.role == Role.ADMIN && !this.secondFactorVerified;
	}

	/** This user, with or without a proven second factor. */
	public SignedInUser withSecondFactorVerified(boolean verified) {
		return new SignedInUser(this.id, this.role, this.tier, verified);
	}

	/** Whether this user may see other accounts (masked for SUPPORT). */
	public boolean isStaff() {
		return this.role == Role.SUPPORT || this.role == Role.ADMIN;
	}

}
