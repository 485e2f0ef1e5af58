package sage.server.market.ingest;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One run of an ingestion job.
 *
 * @param id the run's id
 * @param job the job's name
 * @param startedAt when it started
 * @param finishedAt when it ended; {@code null} while it runs
 * @param result how it ended, or {@link Result#RUNNING}
 * @param rowsFetched rows the provider sent
 * @param rowsStored bars inserted or changed, derived bars included (a repeated run
 * stores none)
 * @param rowsQuarantined rows refused by validation
 * @param error what went wrong, one line per failed symbol; {@code null} for a clean run
 */
public record IngestionRun(long id, String job, Instant startedAt, @Nullable Instant finishedAt, Result result,
		int rowsFetched, int rowsStored, int rowsQuarantined, @Nullable String error) {

	/** How a run ended. */
	public enum Result {

		/** Still going. */
		RUNNING,
		/** Every symbol was collected. */
		SUCCEEDED,
		/**
		 * At least one symbol failed; what the others stored is kept, and the next run
		 * picks up from there.
		 */
		FAILED

	}

	/** How long it took; {@code null} while it runs. */
	public @Nullable Duration duration() {
		return (this.finishedAt != null) ? Duration.between(this.startedAt, this.finishedAt) : null;
	}

}
