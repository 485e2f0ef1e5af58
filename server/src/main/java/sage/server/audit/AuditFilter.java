package sage.server.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Which rows to list or export; each absent field matches every row, the others must all
 * match exactly.
 *
 * @param actor who acted
 * @param action what happened
 * @param entityType the kind of thing changed
 * @param entityId the changed thing's id
 * @param from rows at or after this instant
 * @param to rows before this instant
 */
public record AuditFilter(@Nullable String actor, @Nullable String action, @Nullable String entityType,
		@Nullable String entityId, @Nullable Instant from, @Nullable Instant to) {

	/** Every row. */
	public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

	public AuditFilter {
		if (from != null && to != null && from.isAfter(to)) {
			throw new IllegalArgumentException("from is after to");
		}
	}

}
