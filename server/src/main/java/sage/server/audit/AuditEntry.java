package sage.server.audit;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One thing to record: who did what to which entity, with the values before and after. It
 * is itself {@link Audited}, so a module without an event record of its own can publish
 * it as it is.
 *
 * @param actor who acted: a user id, {@code system} for the server's own work, or what a
 * failed sign-in claimed to be (masked)
 * @param action what happened, dotted and past tense, e.g. {@code user.signed-in},
 * {@code api-key.revealed}, {@code bot.stopped}
 * @param entityType the kind of thing changed, e.g. {@code user}, {@code bot}; absent for
 * events about no entity
 * @param entityId the changed thing's id
 * @param oldValue the changed fields before (masked by the publisher); absent for a
 * creation or an event
 * @param newValue the changed fields after (masked); absent for a deletion
 * @param context where the request came from; absent to take it from the current HTTP
 * request, if any
 */
public record AuditEntry(String actor, String action, @Nullable String entityType, @Nullable String entityId,
		@Nullable Map<String, ?> oldValue, @Nullable Map<String, ?> newValue,
		@Nullable RequestContext context) implements Audited {

	public AuditEntry {
		if (actor == null || actor.isBlank()) {
			throw new IllegalArgumentException("an audit entry needs an actor");
		}
		if (action == null || action.isBlank()) {
			throw new IllegalArgumentException("an audit entry needs an action");
		}
	}

	/** A change of an entity, in the current request's context. */
	public static AuditEntry change(String actor, String action, String entityType, String entityId,
			@Nullable Map<String, ?> oldValue, @Nullable Map<String, ?> newValue) {
		return new AuditEntry(actor, action, entityType, entityId, oldValue, newValue, null);
	}

	/**
	 * A security event about no particular entity (a failed sign-in), in the current
	 * request's context.
	 */
	public static AuditEntry event(String actor, String action) {
		return new AuditEntry(actor, action, null, null, null, null, null);
	}

	@Override
	public AuditEntry auditEntry() {
		return this;
	}

}
