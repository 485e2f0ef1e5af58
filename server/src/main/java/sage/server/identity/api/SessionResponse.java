package sage.server.identity.api;

import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;
import sage.server.identity.account.Account;

/**
 * Who is signed in.
 *
 * @param id the account id
 * @param email the account's own email, in full (it is the user's)
 * @param displayName how to address the user, if set
 * @param role what the account may do
 * @param tier the account's plan
 * @param emailVerified whether the email was confirmed
 * @param secondFactorVerified whether this session proved a second factor
 * @param secondFactorEnrolmentRequired whether this session may only enrol a second
 * factor (an administrator without one)
 */
@Schema(name = "Session")
record SessionResponse(@Schema(example = "3f0e4a57-4f1b-4a53-9a0e-1f6f5e4b2c11") UUID id,
		@Schema(example = "jane@example.com") String email, @Schema(example = "Jane") @Nullable String displayName,
		Role role, Tier tier, boolean emailVerified, boolean secondFactorVerified,
		boolean secondFactorEnrolmentRequired) {

	static SessionResponse of(Account account, SignedInUser session) {
		return new SessionResponse(account.id(), account.email().value(), account.displayName(), account.role(),
				account.tier(), account.emailVerified(), session.secondFactorVerified(),
				session.mustEnrolSecondFactor());
	}

}
