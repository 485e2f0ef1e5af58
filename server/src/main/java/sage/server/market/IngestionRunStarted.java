package sage.server.market;

import java.time.Instant;
import java.util.Map;

import sage.server.audit.AuditEntry;
import sage.server.audit.Audited;

/**
 * A run of an ingestion job started, by an administrator's request or by the schedule.
 * {@link Audited}: the audit log writes it in the transaction that records the run.
 *
 * @param actor the administrator's account id, or {@code system} for a scheduled run
 * @param job the job's name
 * @param runId the run's id in the job's run history
 * @param at when it started
 */
public record IngestionRunStarted(String actor, String job, long runId, Instant at) implements Audited {

	/** The actor of a run the schedule started. */
	public static final String SCHEDULE = "system";

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.change(this.actor, "ingestion.run-started", "ingestion-job", this.job, null,
				Map.of("run", this.runId));
	}

}
