package sage.server.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The owner's view of a personal API key: never the key.
 *
 * @param id the key id
 * @param name the owner's name for it
 * @param scopes what it may do
 * @param createdAt when it was created
 * @param expiresAt when it stops working, {@code null} for never
 * @param rotatedAt when its secret was last replaced, if ever
 * @param lastUsedAt when it last authenticated a request (updated at most once a minute)
 */
public record ApiKey(UUID id, String name, Set<Scope> scopes, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant rotatedAt, @Nullable Instant lastUsedAt) {
}
