package sage.server.audit.api;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditRecord;

/** One audit row as the API shows it. */
@Schema(name = "AuditRow", description = "A row of the audit log, with its place in the hash chain")
record AuditRowResponse(@Schema(example = "1042", description = "Position in the chain, from 1, without gaps") long seq,
		@Schema(example = "2026-05-01T12:00:00.123456Z") Instant occurredAt,
		@Schema(example = "system", description = "Who acted: a user id, or system") String actor,
		@Schema(example = "instrument.created", description = "What happened") String action,
		@Schema(example = "instrument", description = "Kind of thing changed") @Nullable String entityType,
		@Schema(example = "SPY", description = "Id of the thing changed") @Nullable String entityId,
		@Schema(example = "{\"email\":\"j***@example.com\"}",
				description = "The changed fields before, as JSON text (personal data masked)") @Nullable String oldValue,
		@Schema(example = "{\"email\":\"k***@example.com\"}",
				description = "The changed fields after, as JSON text (personal data masked)") @Nullable String newValue,
		@Schema(example = "127.0.0.1", description = "Client address; absent outside a request") @Nullable String ip,
		@Schema(example = "Mozilla/5.0", description = "Client user agent") @Nullable String userAgent,
		@Schema(example = "c7677b45-2dc2-4664-8c91-e731628d75a8",
				description = "The request's X-Request-Id") @Nullable String requestId,
		@Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
				description = "The previous row's hash; 64 zeros for seq 1") String prevHash,
		@Schema(example = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752",
				description = "SHA-256 of this row's fields and prevHash (docs/audit.md)") String hash) {

	static AuditRowResponse of(AuditRecord row) {
		return new AuditRowResponse(row.seq(), row.occurredAt(), row.actor(), row.action(), row.entityType(),
				row.entityId(), row.oldValue(), row.newValue(), row.ip(), row.userAgent(), row.requestId(),
				row.prevHash(), row.hash());
	}

}
