package sage.server.trading;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.strategy.BacktestProgress;
import sage.server.platform.ProblemException;
import sage.server.trading.backtest.BacktestJobStore;

/**
 * Backtests that run as jobs: checked and loaded at once, so a bad request is refused
 * before it is accepted, then run one at a time in the background with their progress in
 * the database, where any node can read it. The finished backtest is kept under the job's
 * id, for the job's owner: only the owner finds, follows or deletes either.
 */
@Service
public class BacktestJobs {

	/**
	 * Bars above which a backtest runs as a job even when the caller did not ask: about a
	 * second of simulation, plus its curves.
	 */
	public static final int INLINE_BARS = 250_000;

	/** Jobs waiting or running at once on a node; more are refused with 429. */
	static final int MAX_PENDING = 8;

	private static final Logger log = LoggerFactory.getLogger(BacktestJobs.class);

	private final Backtests backtests;

	private final BacktestJobStore store;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sage-backtest").daemon(true).factory());

	private final Map<String, AtomicBoolean> pending = new ConcurrentHashMap<>();

	BacktestJobs(Backtests backtests, BacktestJobStore store, ApplicationEventPublisher events,
			TransactionTemplate transaction, Clock clock) {
		this.backtests = backtests;
		this.store = store;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What an accepted backtest request became: a finished backtest or a queued job. */
	public sealed interface Accepted {

		/** Answered at once. */
		record Ran(BacktestRun run) implements Accepted {
		}

		/** Running as a job. */
		record Queued(BacktestJob job) implements Accepted {
		}

	}

	/**
	 * Checks {@code spec} and runs it now for {@code owner}, or queues it as a job when
	 * {@code async} is asked for or it has more than {@link #INLINE_BARS} bars.
	 * @throws ProblemException for anything {@link Backtests#run(UUID, BacktestSpec)}
	 * refuses, and {@code backtests-busy} when too many jobs are waiting
	 */
	public Accepted submit(UUID owner, BacktestSpec spec, boolean async) {
		Backtests.Prepared prepared = this.backtests.prepare(spec);
		if (!async && prepared.bars() <= INLINE_BARS) {
			return new Accepted.Ran(
					this.backtests.execute(prepared, UUID.randomUUID().toString(), owner, BacktestProgress.NONE, true));
		}
		if (this.pending.size() >= MAX_PENDING) {
			throw new ProblemException(TradingProblems.BACKTESTS_BUSY,
					MAX_PENDING + " backtests are already waiting or running; try again when one has finished.",
					List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS, 5));
		}
		BacktestJob job = new BacktestJob(UUID.randomUUID().toString(), "QUEUED", prepared.definition().id(),
				prepared.stored().instrument().symbol(), prepared.stored().bars().timeframe().code(), prepared.bars(),
				0, now(), null, null, null);
		this.transaction.executeWithoutResult((status) -> {
			this.store.save(job, owner);
			this.events.publishEvent(new ResearchEvent.BacktestCreated(owner, job.id(), job.strategy(), job.symbol(),
					job.interval(), true, job.createdAt()));
		});
		AtomicBoolean cancelled = new AtomicBoolean();
		this.pending.put(job.id(), cancelled);
		this.runner.execute(() -> execute(job, owner, prepared, cancelled));
		return new Accepted.Queued(job);
	}

	/** A job of {@code owner} with its progress; empty for another account's. */
	public Optional<BacktestJob> find(UUID owner, String id) {
		return this.store.find(owner, id);
	}

	/**
	 * Deletes the backtest {@code owner} has under {@code id}: the kept result, the job,
	 * or both, stopping the job if it is waiting or running here. The deletion and the
	 * cancellation are audited in the transaction that deletes the rows.
	 * @return false when the owner has neither a backtest nor a job with this id
	 */
	public boolean delete(UUID owner, String id) {
		boolean deleted = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<BacktestJob> job = this.store.find(owner, id);
			boolean jobDeleted = job.isPresent() && this.store.delete(owner, id);
			boolean kept = this.backtests.deleteKept(owner, id);
			if (!jobDeleted && !kept) {
				return false;
			}
			if (job.isPresent() && !job.get().hasEnded()) {
				this.events.publishEvent(new ResearchEvent.BacktestJobCancelled(owner, id, this.clock.instant()));
			}
			this.events.publishEvent(new ResearchEvent.BacktestDeleted(owner, id, this.clock.instant()));
			return true;
		}));
		// stopped once the deletion is committed: a rolled-back one leaves it running
		AtomicBoolean cancelled = deleted ? this.pending.get(id) : null;
		if (cancelled != null) {
			cancelled.set(true);
		}
		return deleted;
	}

	/** Jobs left running by a server that stopped cannot finish: say so. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int failed = this.store.failUnfinished("interrupted: the server stopped while it ran", now());
		if (failed > 0) {
			log.warn("{} backtest jobs were left unfinished by the last run and are marked FAILED", failed);
		}
	}

	@PreDestroy
	void stop() {
		this.pending.values().forEach((cancelled) -> cancelled.set(true));
		this.runner.shutdownNow();
	}

	/**
	 * Microseconds, as the database keeps them, so the 202 answer equals a later read.
	 */
	private Instant now() {
		return this.clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private void execute(BacktestJob queued, UUID owner, Backtests.Prepared prepared, AtomicBoolean cancelled) {
		try {
			if (cancelled.get()) {
				return;
			}
			this.store.update(queued.with("RUNNING", 0, null, null));
			this.backtests.execute(prepared, queued.id(), owner, (done, total) -> {
				if (cancelled.get()) {
					throw new CancellationException("deleted while it ran");
				}
				this.store.update(queued.with("RUNNING", done, null, null));
			}, false);
			this.store.update(queued.with("DONE", queued.bars(), now(), null));
		}
		catch (CancellationException ex) {
			log.info("Backtest job {} stopped: {}", queued.id(), ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Backtest job {} failed", queued.id(), ex);
			this.store.update(queued.with("FAILED", 0, now(),
					"the backtest failed; the server log has the details under its id"));
		}
		finally {
			this.pending.remove(queued.id());
		}
	}

}
