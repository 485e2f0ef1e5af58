package sage.server.market.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.server.market.IngestionRunStarted;
import sage.server.market.MarketProblems;
import sage.server.market.provider.BarSource;
import sage.server.market.provider.MarketDataProviders;
import sage.server.platform.InvalidSettingException;
import sage.server.platform.ProblemException;

/**
 * The configured ingestion jobs: their status, their quarantined rows, and starting a
 * run, by schedule ({@link IngestionSchedule}) or on request. A run goes on a virtual
 * thread of its own; at most one run of a job goes on at a time across all nodes
 * ({@link JobLocks}), and a run due while one is going is skipped, not queued. Each start
 * is audited ({@link IngestionRunStarted}) with the row that records it.
 */
@Service
public class Ingestion {

	private static final Logger log = LoggerFactory.getLogger(Ingestion.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(10);

	private final Map<String, IngestionJob> jobs;

	private final BarCollector collector;

	private final IngestionRuns runs;

	private final Quarantine quarantine;

	private final JobLocks locks;

	private final IngestionMetrics metrics;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final Map<String, Instant> nextRuns = new ConcurrentHashMap<>();

	private final Set<Thread> running = ConcurrentHashMap.newKeySet();

	Ingestion(IngestionProperties properties, MarketDataProviders providers, BarCollector collector, IngestionRuns runs,
			Quarantine quarantine, JobLocks locks, IngestionMetrics metrics, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		Map<String, IngestionJob> byName = new TreeMap<>();
		properties.jobs().forEach((name, settings) -> byName.put(name, IngestionJob.of(name, settings)));
		for (IngestionJob job : byName.values()) {
			// a job that runs on its own must be able to: a provider switched off is a
			// configuration mistake, said at start rather than in every run
			if (job.enabled() && providers.enabled(job.provider(), BarSource.class).isEmpty()) {
				throw new InvalidSettingException("sage.market.ingestion.jobs." + job.name() + ".provider",
						job.provider(), "an enabled provider that serves bars (sage.market.providers." + job.provider()
								+ ".enabled=true)");
			}
		}
		this.jobs = byName;
		this.collector = collector;
		this.runs = runs;
		this.quarantine = quarantine;
		this.locks = locks;
		this.metrics = metrics;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Every configured job with its status, by name. */
	public List<JobStatus> jobs() {
		return this.jobs.values().stream().map(this::status).toList();
	}

	/**
	 * The status of {@code name}.
	 * @throws ProblemException {@code ingestion-job-not-found}
	 */
	public JobStatus job(String name) {
		return status(require(name));
	}

	/**
	 * The latest rows {@code name} refused, newest first.
	 * @throws ProblemException {@code ingestion-job-not-found}
	 */
	public List<QuarantinedBar> quarantine(String name, int limit) {
		return this.quarantine.recent(require(name).name(), limit);
	}

	/**
	 * Starts a run of {@code name} now, disabled jobs included, on behalf of
	 * {@code actor} (the administrator's account id, which the audit log records).
	 * @return the run just started; it goes on in the background
	 * @throws ProblemException {@code ingestion-job-not-found}, or
	 * {@code ingestion-running} while a run of the job is going on here or on another
	 * node
	 */
	public IngestionRun runNow(String name, String actor) {
		IngestionJob job = require(name);
		return start(job, actor).orElseThrow(() -> new ProblemException(MarketProblems.INGESTION_RUNNING,
				"Ingestion job '" + name + "' is running; wait for it to finish (GET /api/v1/market/ingestion)."));
	}

	/**
	 * Starts a run of {@code job} for {@code actor} unless one is going on.
	 * @param actor who asked: an account id, or {@link IngestionRunStarted#SCHEDULE}
	 * @return the run, or empty when one was going on (the skip is counted)
	 */
	Optional<IngestionRun> start(IngestionJob job, String actor) {
		Optional<JobLocks.Held> lock = this.locks.tryHold(job.name());
		if (lock.isEmpty()) {
			this.metrics.skipped(job.name());
			return Optional.empty();
		}
		IngestionRun started;
		try {
			started = this.transaction.execute((status) -> {
				IngestionRun run = this.runs.start(job.name(), this.clock.instant());
				this.events.publishEvent(new IngestionRunStarted(actor, run.job(), run.id(), run.startedAt()));
				return run;
			});
		}
		catch (RuntimeException ex) {
			lock.get().close();
			throw ex;
		}
		Thread thread = Thread.ofVirtual().name("ingestion-" + job.name()).unstarted(() -> {
			try (JobLocks.Held held = lock.get()) {
				run(job, started);
			}
			finally {
				this.running.remove(Thread.currentThread());
			}
		});
		this.running.add(thread);
		thread.start();
		return Optional.of(started);
	}

	/** The scheduled jobs, which {@link IngestionSchedule} runs. */
	List<IngestionJob> scheduled() {
		return this.jobs.values().stream().filter(IngestionJob::enabled).toList();
	}

	/** Notes when {@code job} runs next on this node. */
	void nextRun(IngestionJob job, Instant at) {
		this.nextRuns.put(job.name(), at);
	}

	/** Lets runs still going stop at their next symbol, and waits for them a little. */
	@PreDestroy
	void stop() throws InterruptedException {
		for (Thread thread : this.running) {
			thread.interrupt();
		}
		for (Thread thread : this.running) {
			thread.join(STOP_WAIT);
		}
	}

	private void run(IngestionJob job, IngestionRun started) {
		RunTally tally = new RunTally();
		try {
			this.collector.collect(job, tally);
		}
		catch (RuntimeException ex) {
			tally.failed(job.name(), String.valueOf(ex.getMessage()));
		}
		try {
			IngestionRun finished = this.runs.finish(started, this.clock.instant(), tally);
			this.metrics.finished(finished);
			log.info("Ingestion job {}: {} in {} ms, {} rows fetched, {} stored, {} quarantined{}", job.name(),
					finished.result(), (finished.duration() != null) ? finished.duration().toMillis() : 0,
					finished.rowsFetched(), finished.rowsStored(), finished.rowsQuarantined(),
					(finished.error() != null) ? "; " + finished.error() : "");
		}
		catch (RuntimeException ex) {
			log.error("Ingestion job {}: could not record the end of run {}", job.name(), started.id(), ex);
		}
	}

	private JobStatus status(IngestionJob job) {
		Optional<Instant> lastSuccess = this.runs.lastSuccess(job.name());
		return new JobStatus(job, this.locks.isHeldHere(job.name()), this.runs.last(job.name()).orElse(null),
				lastSuccess.orElse(null), this.nextRuns.get(job.name()));
	}

	private IngestionJob require(String name) {
		IngestionJob job = this.jobs.get(name);
		if (job == null) {
			throw new ProblemException(MarketProblems.INGESTION_JOB_NOT_FOUND, "No ingestion job is named '" + name
					+ "'. GET /api/v1/market/ingestion lists the configured jobs.");
		}
		return job;
	}

}
