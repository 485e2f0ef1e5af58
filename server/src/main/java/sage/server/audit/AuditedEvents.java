package sage.server.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes every published {@link Audited} event to the log, synchronously on the
 * publisher's thread and so in its transaction: the row commits or rolls back with the
 * change it records. (Not a Modulith {@code @ApplicationModuleListener}, which runs after
 * the commit, in a transaction of its own.)
 */
@Component
class AuditedEvents {

	private final AuditLog log;

	AuditedEvents(AuditLog log) {
		this.log = log;
	}

	@EventListener
	void on(Audited event) {
		this.log.append(event.auditEntry());
	}

}
