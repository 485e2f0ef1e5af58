package sage.server.market.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sage.server.market.IngestionRunStarted;

/**
 * Runs each enabled job every {@code every}, the first time as soon as the server is
 * ready (after the bundled import, so the catalogue is complete). One timer thread only
 * starts runs; each run goes on its own virtual thread, and a run due while the previous
 * one is still going is skipped. With several nodes each keeps the schedule, and a node
 * skips a run when one started less than half a period ago (on whichever node), so a job
 * runs about once per period across the cluster. Only the server schedules: a
 * command-line run ({@code ./sage backtest}) collects nothing.
 */
@Component
@ConditionalOnWebApplication
class IngestionSchedule {

	private static final Logger log = LoggerFactory.getLogger(IngestionSchedule.class);

	private final Ingestion ingestion;

	private final IngestionMetrics metrics;

	private final IngestionRuns runs;

	private final Clock clock;

	private @Nullable ScheduledExecutorService timer;

	IngestionSchedule(Ingestion ingestion, IngestionMetrics metrics, IngestionRuns runs, Clock clock) {
		this.ingestion = ingestion;
		this.metrics = metrics;
		this.runs = runs;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		for (IngestionJob job : this.ingestion.jobs().stream().map(JobStatus::job).toList()) {
			this.metrics.watch(job.name(),
					this.runs.lastSuccess(job.name()).map((at) -> at.getEpochSecond()).orElse(0L));
		}
		if (this.ingestion.scheduled().isEmpty() || this.timer != null) {
			return;
		}
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("ingestion-schedule").daemon(true).factory());
		for (IngestionJob job : this.ingestion.scheduled()) {
			log.info("Ingestion job {}: {} {} bars of {} from {}, every {}", job.name(), job.interval().code(),
					job.symbols().size(), String.join(", ", job.symbols()), job.provider(), job.every());
			this.ingestion.nextRun(job, this.clock.instant());
			executor.scheduleAtFixedRate(() -> tick(job), 0, job.every().toMillis(), TimeUnit.MILLISECONDS);
		}
		this.timer = executor;
	}

	private void tick(IngestionJob job) {
		Instant now = this.clock.instant();
		this.ingestion.nextRun(job, now.plus(job.every()));
		try {
			if (ranRecently(job, now)) {
				// every node keeps the schedule; the first to tick runs and the others
				// see
				// its run, so the job runs once per period across the cluster
				this.metrics.skipped(job.name());
				return;
			}
			if (this.ingestion.start(job, IngestionRunStarted.SCHEDULE).isEmpty()) {
				log.info("Ingestion job {}: a run is still going; this one is skipped", job.name());
			}
		}
		catch (RuntimeException ex) {
			// an exception would cancel the schedule: log it and try again next time
			log.warn("Ingestion job {}: could not start a run: {}", job.name(), ex.getMessage());
		}
	}

	private boolean ranRecently(IngestionJob job, Instant now) {
		Instant recently = now.minus(job.every().dividedBy(2));
		return this.runs.last(job.name()).map((run) -> run.startedAt().isAfter(recently)).orElse(false);
	}

	@PreDestroy
	synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
	}

}
