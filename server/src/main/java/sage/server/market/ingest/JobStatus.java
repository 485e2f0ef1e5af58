package sage.server.market.ingest;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job and how it is doing.
 *
 * @param job the job as configured
 * @param running whether a run is going on in this process
 * @param lastRun its latest run (on any node), if it ran before
 * @param lastSuccess when it last finished without an error
 * @param nextRun when it runs next on this node's schedule; {@code null} for a disabled
 * job or a process that schedules nothing (a command-line run)
 */
public record JobStatus(IngestionJob job, boolean running, @Nullable IngestionRun lastRun,
		@Nullable Instant lastSuccess, @Nullable Instant nextRun) {
}
