package sage.server.audit;

/**
 * An event that leaves a row in the audit log. A module's event record implements it
 * (e.g. {@code record OrderPlaced(...) implements Audited}) and is published as usual;
 * the audit log listens synchronously, so the row is written in the publisher's
 * transaction and disappears with it on a rollback.
 *
 * <p>
 * Values in the entry must already be masked by the publisher (see {@link Pii}); the log
 * masks obviously personal keys again as a safety net.
 */
public interface Audited {

	/** What the audit log records for this event. */
	AuditEntry auditEntry();

}
