package sage.server.identity.account;

import org.jspecify.annotations.Nullable;

import sage.server.identity.Role;
import sage.server.identity.Tier;

/**
 * What staff search accounts by; a {@code null} filter matches every account. Emails are
 * stored encrypted, so an email matches only exactly (through its blind index).
 *
 * @param email the exact email
 * @param role the role
 * @param tier the tier
 * @param locked whether locked by an administrator
 */
public record AccountSearch(@Nullable EmailAddress email, @Nullable Role role, @Nullable Tier tier,
		@Nullable Boolean locked) {

	/** Every account. */
	public static final AccountSearch ALL = new AccountSearch(null, null, null, null);

}
