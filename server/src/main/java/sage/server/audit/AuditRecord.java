package sage.server.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the audit log as stored: an {@link AuditEntry} with its place in the chain.
 *
 * @param seq its position in the chain, from 1 with no gaps
 * @param occurredAt when it was appended (UTC, whole microseconds)
 * @param actor who acted
 * @param action what happened
 * @param entityType the kind of thing changed
 * @param entityId the changed thing's id
 * @param oldValue the fields before, as JSON text (masked)
 * @param newValue the fields after, as JSON text (masked)
 * @param ip the client address
 * @param userAgent the client's {@code User-Agent}
 * @param requestId the request id
 * @param prevHash the previous row's hash; 64 zeros for the first row
 * @param hash SHA-256 over this row's fields and {@code prevHash}, in hex (see
 * {@code sage.server.audit.chain.ChainHash})
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable String oldValue, @Nullable String newValue, @Nullable String ip,
		@Nullable String userAgent, @Nullable String requestId, String prevHash, String hash) {

	/** The {@code prevHash} of the first row. */
	public static final String GENESIS_HASH = "0".repeat(64);

}
