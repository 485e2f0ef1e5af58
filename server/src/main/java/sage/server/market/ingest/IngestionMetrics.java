package sage.server.market.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Ingestion as Micrometer meters (served at {@code /actuator/prometheus}):
 * <ul>
 * <li>{@code sage_ingestion_rows_total{job, outcome}}: rows {@code stored} (bars inserted
 * or changed, derived ones included) and {@code quarantined};</li>
 * <li>{@code sage_ingestion_run_duration_seconds{job}}: how long runs took;</li>
 * <li>{@code sage_ingestion_last_success_timestamp_seconds{job}}: when the job last
 * finished without an error (epoch seconds), for an alert on staleness;</li>
 * <li>{@code sage_ingestion_runs_total{job, result}}: runs by {@code succeeded},
 * {@code failed}, or {@code skipped} (a run was due while the previous one, here or on
 * another node, was still going).</li>
 * </ul>
 */
@Component
class IngestionMetrics {

	static final String ROWS = "sage.ingestion.rows";

	static final String DURATION = "sage.ingestion.run.duration";

	static final String LAST_SUCCESS = "sage.ingestion.last.success.timestamp";

	static final String RUNS = "sage.ingestion.runs";

	private final MeterRegistry registry;

	private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();

	IngestionMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** Publishes the last-success gauge of {@code job}, starting from what is stored. */
	void watch(String job, long lastSuccessEpochSeconds) {
		AtomicLong value = this.lastSuccess.computeIfAbsent(job, (name) -> {
			AtomicLong seconds = new AtomicLong();
			Gauge.builder(LAST_SUCCESS, seconds, AtomicLong::doubleValue)
				.description("When the ingestion job last finished without an error")
				.baseUnit("seconds")
				.tag("job", name)
				.strongReference(true)
				.register(this.registry);
			return seconds;
		});
		value.accumulateAndGet(lastSuccessEpochSeconds, Math::max);
	}

	/** Counts a finished run. */
	void finished(IngestionRun run) {
		String result = run.result().name().toLowerCase(java.util.Locale.ROOT);
		rows(run.job(), "stored", run.rowsStored());
		rows(run.job(), "quarantined", run.rowsQuarantined());
		runs(run.job(), result);
		if (run.duration() != null) {
			Timer.builder(DURATION)
				.description("How long ingestion runs took")
				.tag("job", run.job())
				.register(this.registry)
				.record(run.duration());
		}
		if (run.result() == IngestionRun.Result.SUCCEEDED && run.finishedAt() != null) {
			watch(run.job(), run.finishedAt().getEpochSecond());
		}
	}

	/** Counts a run that was due but skipped because one was still going. */
	void skipped(String job) {
		runs(job, "skipped");
	}

	private void rows(String job, String outcome, int rows) {
		Counter.builder(ROWS)
			.description("Rows ingested, by outcome")
			.tag("job", job)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment(rows);
	}

	private void runs(String job, String result) {
		Counter.builder(RUNS)
			.description("Ingestion runs, by result")
			.tag("job", job)
			.tag("result", result)
			.register(this.registry)
			.increment();
	}

}
