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
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import sage.engine.strategy.BacktestProgress;
import sage.server.platform.ProblemException;
import sage.server.trading.backtest.BacktestJobStore;

/**
 * Backtests that run as jobs: checked and loaded at once, so a bad request is refused
 * before it is accepted, then run one at a time in the background with their progress in
 * the database, where any node can read it. The finished backtest is kept under the job's
 * id.
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

	private final Clock clock;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sage-backtest").daemon(true).factory());

	private final Map<String, AtomicBoolean> pending = new ConcurrentHashMap<>();

	BacktestJobs(Backtests backtests, BacktestJobStore store, Clock clock) {
		this.backtests = backtests;
		this.store = store;
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
	 * Checks {@code spec} and runs it now, or queues it as a job when {@code async} is
	 * asked for or it has more than {@link #INLINE_BARS} bars.
	 * @throws ProblemException for anything {@link Backtests#run(BacktestSpec)} refuses,
	 * and {@code backtests-busy} when too many jobs are waiting
	 */
	public Accepted submit(BacktestSpec spec, boolean async) {
		Backtests.Prepared prepared = this.backtests.prepare(spec);
		if (!async && prepared.bars() <= INLINE_BARS) {
			return new Accepted.Ran(
					this.backtests.execute(prepared, UUID.randomUUID().toString(), BacktestProgress.NONE));
		}
		if (this.pending.size() >= MAX_PENDING) {
			throw new ProblemException(TradingProblems.BACKTESTS_BUSY,
					MAX_PENDING + " backtests are already waiting or running; try again when one has finished.",
					List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS, 5));
		}
		BacktestJob job = new BacktestJob(UUID.randomUUID().toString(), "QUEUED", prepared.definition().id(),
				prepared.stored().instrument().symbol(), prepared.stored().bars().timeframe().code(), prepared.bars(),
				0, now(), null, null, null);
		this.store.save(job);
		AtomicBoolean cancelled = new AtomicBoolean();
		this.pending.put(job.id(), cancelled);
		this.runner.execute(() -> execute(job, prepared, cancelled));
		return new Accepted.Queued(job);
	}

	/** A job with its progress. */
	public Optional<BacktestJob> find(String id) {
		return this.store.find(id);
	}

	/**
	 * Stops a job if it is running here and forgets it; false when there was none.
	 */
	public boolean delete(String id) {
		AtomicBoolean cancelled = this.pending.get(id);
		if (cancelled != null) {
			cancelled.set(true);
		}
		return this.store.delete(id);
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

	private void execute(BacktestJob queued, Backtests.Prepared prepared, AtomicBoolean cancelled) {
		try {
			if (cancelled.get()) {
				return;
			}
			this.store.update(queued.with("RUNNING", 0, null, null));
			this.backtests.execute(prepared, queued.id(), (done, total) -> {
				if (cancelled.get()) {
					throw new CancellationException("deleted while it ran");
				}
				this.store.update(queued.with("RUNNING", done, null, null));
			});
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
