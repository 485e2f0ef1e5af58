package sage.server.trading;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditEntry;
import sage.server.audit.Audited;

/**
 * What happens to backtests, backtest jobs and sweeps at their owner's request, published
 * as Spring application events. Each is {@link Audited}: the audit log writes it in the
 * transaction that made the change. They carry ids and what ran, nothing of the results.
 */
public sealed interface ResearchEvent extends Audited {

	/** When it happened. */
	Instant at();

	/**
	 * A backtest was run and kept, or accepted as a job that will keep it under the same
	 * id.
	 *
	 * @param owner the account that asked; {@code null} for a run of the command line,
	 * which belongs to no account
	 * @param asJob whether it was accepted as a job rather than answered at once
	 */
	record BacktestCreated(@Nullable UUID owner, String backtestId, String strategy, String symbol, String interval,
			boolean asJob, Instant at) implements ResearchEvent {
	}

	/** A kept backtest, or a backtest job with its result, was deleted by its owner. */
	record BacktestDeleted(UUID owner, String backtestId, Instant at) implements ResearchEvent {
	}

	/**
	 * A backtest job still queued or running was stopped because its owner deleted it.
	 */
	record BacktestJobCancelled(UUID owner, String jobId, Instant at) implements ResearchEvent {
	}

	/** A sweep was accepted and queued. */
	record SweepCreated(UUID owner, String sweepId, String strategy, String symbol, String interval, int combinations,
			Instant at) implements ResearchEvent {
	}

	/** A sweep still queued or running was stopped because its owner deleted it. */
	record SweepCancelled(UUID owner, String sweepId, Instant at) implements ResearchEvent {
	}

	/** A sweep was deleted by its owner. */
	record SweepDeleted(UUID owner, String sweepId, Instant at) implements ResearchEvent {
	}

	/**
	 * The audit row: the owner acts; a command-line backtest, which has none, is the
	 * server's own work ({@code system}).
	 */
	@Override
	default AuditEntry auditEntry() {
		return switch (this) {
			case BacktestCreated e -> AuditEntry.change(actor(e.owner()), "backtest.created", "backtest",
					e.backtestId(), null, Map.of("strategy", e.strategy(), "symbol", e.symbol(), "interval",
							e.interval(), "as", e.asJob() ? "job" : "run"));
			case BacktestDeleted e ->
				AuditEntry.change(actor(e.owner()), "backtest.deleted", "backtest", e.backtestId(), null, null);
			case BacktestJobCancelled e ->
				AuditEntry.change(actor(e.owner()), "backtest-job.cancelled", "backtest-job", e.jobId(), null, null);
			case SweepCreated e -> AuditEntry.change(actor(e.owner()), "sweep.created", "sweep", e.sweepId(), null,
					Map.of("strategy", e.strategy(), "symbol", e.symbol(), "interval", e.interval(), "combinations",
							e.combinations()));
			case SweepCancelled e ->
				AuditEntry.change(actor(e.owner()), "sweep.cancelled", "sweep", e.sweepId(), null, null);
			case SweepDeleted e ->
				AuditEntry.change(actor(e.owner()), "sweep.deleted", "sweep", e.sweepId(), null, null);
		};
	}

	private static String actor(@Nullable UUID owner) {
		return (owner != null) ? owner.toString() : "system";
	}

}
