package sage.server.identity;

import java.util.Set;

/**
 * Who an API key or bearer token acts for, and what it may do.
 *
 * @param user the key's owner, with the account's current role and tier
 * @param scopes the key's scopes
 */
public record ScopedCaller(SignedInUser user, Set<Scope> scopes) {
}
