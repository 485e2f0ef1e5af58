package sage.server.identity.apikey;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.identity.Scope;

/**
 * An API key as stored: everything but the key, of which only the hash of its secret is
 * kept.
 *
 * @param id the key id, also the middle part of the key
 * @param owner the account it acts for
 * @param name the owner's name for it
 * @param scopes what it may do
 * @param secretHash SHA-256 of the secret, hex
 * @param createdAt when it was created
 * @param expiresAt when it stops working; {@code null} for never
 * @param rotatedAt when its secret was last replaced, if ever
 * @param lastUsedAt when it last authenticated a request (to the minute), if ever
 */
public record StoredApiKey(UUID id, UUID owner, String name, Set<Scope> scopes, String secretHash, Instant createdAt,
		@Nullable Instant expiresAt, @Nullable Instant rotatedAt, @Nullable Instant lastUsedAt) {

	/** Whether the key has expired at {@code now}. */
	public boolean isExpiredAt(Instant now) {
		return this.expiresAt != null && !now.isBefore(this.expiresAt);
	}

}
