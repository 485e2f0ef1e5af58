package sage.server.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Who an API key or bearer token acts for, and what it may do.
 *
 * @param user the key's owner, with the account's current role and tier
 * @param scopes the key's scopes
 * @param keyId the API key it acts by (directly, or through an access token)
 */
public record ScopedCaller(SignedInUser user, Set<Scope> scopes, UUID keyId) {
}
