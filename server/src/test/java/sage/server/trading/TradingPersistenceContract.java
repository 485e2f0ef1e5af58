package sage.server.trading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.engine.research.MonteCarlo.Resampling;
import sage.engine.research.WalkForward.Window;
import sage.server.trading.backtest.BacktestJobStore;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the trading module's storage must do on every database Sage supports: a kept
 * backtest reads back with its Monte Carlo to the last bit, and loses it when deleted; a
 * sweep reads back with its walk-forward; each is found, listed and deleted by its owner
 * only, and its creation and deletion leave audit rows. Subclasses run it against the
 * embedded default (H2 file) and the real PostgreSQL.
 */
abstract class TradingPersistenceContract {

	@Autowired
	Backtests backtests;

	@Autowired
	Sweeps sweeps;

	@Autowired
	BacktestJobs jobs;

	@Autowired
	BacktestJobStore jobStore;

	@Autowired
	JdbcClient jdbc;

	/** The account these backtests and sweeps belong to (an id is all trading knows). */
	private final UUID owner = UUID.randomUUID();

	private final UUID stranger = UUID.randomUUID();

	@Test
	void aBacktestReadsBackWithItsMonteCarloExactlyAndTakesItAlongWhenDeleted() {
		BacktestRun run = this.backtests.run(this.owner, new BacktestSpec("hyper-rsi", Map.of(), "SPY", "1d", null,
				null, new BigDecimal("100000"), new BigDecimal("0.001"), new MonteCarloSpec(2000, Resampling.SHUFFLE)));

		BacktestRun.MonteCarloFigures mc = run.monteCarlo();
		assertThat(mc).isNotNull();
		assertThat(mc.status()).isEqualTo("DONE");
		assertThat(mc.runs()).isEqualTo(2000);
		assertThat(this.backtests.find(this.owner, run.id())).contains(run);
		assertThat(monteCarloRows(run.id())).isOne();

		assertThat(this.backtests.delete(this.owner, run.id())).isTrue();
		assertThat(this.backtests.find(this.owner, run.id())).isEmpty();
		assertThat(monteCarloRows(run.id())).isZero();
	}

	@Test
	void aMonteCarloWithoutFiguresReadsBackWithoutThem() {
		BacktestRun few = this.backtests.run(this.owner,
				new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d", LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 8, 28), new BigDecimal("100000"), new BigDecimal("0.001"),
						MonteCarloSpec.DEFAULT));
		BacktestRun off = this.backtests.run(this.owner, new BacktestSpec("hyper-rsi", Map.of(), "SPY", "1d", null,
				null, new BigDecimal("100000"), new BigDecimal("0.001"), MonteCarloSpec.OFF));

		assertThat(few.monteCarlo().status()).isEqualTo("NOT_ENOUGH_TRADES");
		assertThat(few.monteCarlo().maxDrawdown()).isNull();
		assertThat(this.backtests.find(this.owner, few.id())).contains(few);
		assertThat(off.monteCarlo().status()).isEqualTo("OFF");
		assertThat(this.backtests.find(this.owner, off.id())).contains(off);
	}

	@Test
	void aSweepReadsBackWithItsWalkForward() throws InterruptedException {
		SweepJob started = this.sweeps.start(this.owner,
				new SweepSpec("sma-cross", "SPY", "1d", LocalDate.of(2012, 1, 1), null,
						List.of(new SweepSpec.Range("fast", null, null, null,
								List.of(BigDecimal.TEN, new BigDecimal("20")))),
						Map.of("slow", new BigDecimal("50")), new BigDecimal("100000"), new BigDecimal("0.001"),
						"TOTAL_RETURN", new WalkForwardSpec(3, 400, 200, Window.ROLLING)));

		SweepJob done = waitUntilDone(started.id());

		assertThat(done.status()).isEqualTo("DONE");
		SweepJob.WalkForwardRun walkForward = done.walkForward();
		assertThat(walkForward).isNotNull();
		assertThat(walkForward.results()).hasSize(3);
		assertThat(walkForward.outOfSample()).isNotNull();
		assertThat(this.sweeps.find(this.owner, started.id())).contains(done);
		assertThat(this.sweeps.recent(this.owner, 500)).filteredOn((job) -> job.id().equals(started.id()))
			.singleElement()
			.satisfies((job) -> assertThat(job.walkForward()).isEqualTo(walkForward));
		assertThat(this.sweeps.find(this.stranger, started.id())).isEmpty();
		assertThat(this.sweeps.recent(this.stranger, 500)).isEmpty();
		assertThat(this.sweeps.delete(this.stranger, started.id())).isFalse();
		assertThat(this.sweeps.delete(this.owner, started.id())).isTrue();
		assertThat(this.sweeps.find(this.owner, started.id())).isEmpty();
		assertThat(auditedActions(started.id())).containsExactly("sweep.created", "sweep.deleted");
	}

	@Test
	void aBacktestIsFoundListedAndDeletedByItsOwnerOnlyAndAudited() {
		BacktestRun run = this.backtests.run(this.owner,
				new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d", LocalDate.of(2019, 1, 1),
						LocalDate.of(2020, 8, 28), new BigDecimal("100000"), new BigDecimal("0.001"),
						MonteCarloSpec.OFF));

		assertThat(this.backtests.find(this.stranger, run.id())).isEmpty();
		assertThat(this.backtests.recent(this.stranger, 500)).isEmpty();
		assertThat(this.backtests.recent(this.owner, 500)).extracting(BacktestSummary::id).containsExactly(run.id());
		assertThat(this.backtests.delete(this.stranger, run.id())).isFalse();
		assertThat(this.backtests.find(this.owner, run.id())).contains(run);

		assertThat(this.backtests.delete(this.owner, run.id())).isTrue();
		assertThat(auditedActions(run.id())).containsExactly("backtest.created", "backtest.deleted");
		assertThat(this.jdbc.sql("select actor from audit_log where entity_id = :id")
			.param("id", run.id())
			.query(String.class)
			.list()).containsOnly(this.owner.toString());
	}

	@Test
	void aBacktestOfTheCommandLineBelongsToNoAccount() {
		BacktestRun local = this.backtests.run(null,
				new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d", LocalDate.of(2020, 1, 1),
						LocalDate.of(2020, 8, 28), new BigDecimal("100000"), new BigDecimal("0.001"),
						MonteCarloSpec.OFF));

		assertThat(this.jdbc.sql("select count(*) from trading_backtest where id = :id and owner_id is null")
			.param("id", local.id())
			.query(Integer.class)
			.single()).isOne();
		assertThat(this.backtests.find(this.owner, local.id())).isEmpty();
		assertThat(this.backtests.delete(this.owner, local.id())).isFalse();
		assertThat(this.jdbc.sql("select actor from audit_log where entity_id = :id and action = 'backtest.created'")
			.param("id", local.id())
			.query(String.class)
			.single()).isEqualTo("system");
	}

	@Test
	void aBacktestJobKeepsItsProgressAndEndsAsAKeptBacktest() throws InterruptedException {
		BacktestSpec spec = new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d", null, null,
				new BigDecimal("100000"), new BigDecimal("0.001"), MonteCarloSpec.OFF);
		BacktestJobs.Accepted accepted = this.jobs.submit(this.owner, spec, true);

		BacktestJob queued = ((BacktestJobs.Accepted.Queued) accepted).job();
		assertThat(queued.status()).isEqualTo("QUEUED");
		assertThat(queued.finishedAt()).isNull();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		BacktestJob job = this.jobs.find(this.owner, queued.id()).orElseThrow();
		while (Instant.now().isBefore(deadline) && (job.status().equals("QUEUED") || job.status().equals("RUNNING"))) {
			Thread.sleep(50);
			job = this.jobs.find(this.owner, queued.id()).orElseThrow();
		}

		assertThat(job.status()).isEqualTo("DONE");
		assertThat(job.done()).isEqualTo(job.bars()).isEqualTo(queued.bars());
		assertThat(job.createdAt()).isEqualTo(queued.createdAt());
		assertThat(job.finishedAt()).isAfterOrEqualTo(job.createdAt());
		assertThat(job.error()).isNull();
		assertThat(job.result()).isEqualTo("/api/v1/backtests/" + queued.id());
		assertThat(this.backtests.find(this.owner, queued.id())).hasValueSatisfying((run) -> {
			assertThat(run.bars()).isEqualTo(queued.bars());
			assertThat(run.strategy()).isEqualTo("rsi-threshold");
		});
		assertThat(this.jobs.find(this.stranger, queued.id())).isEmpty();
		assertThat(this.jobs.delete(this.stranger, queued.id())).isFalse();
		// deleting the job deletes the backtest it kept under the same id
		assertThat(this.jobs.delete(this.owner, queued.id())).isTrue();
		assertThat(this.jobs.find(this.owner, queued.id())).isEmpty();
		assertThat(this.backtests.find(this.owner, queued.id())).isEmpty();
		assertThat(this.jobs.delete(this.owner, queued.id())).isFalse();
		// a job that had ended is deleted, not cancelled
		assertThat(auditedActions(queued.id())).containsExactly("backtest.created", "backtest.deleted");
	}

	@Test
	void deletingAJobThatHasNotEndedCancelsItAndSaysSo() {
		// a job another node runs: its row says RUNNING, this node has nothing to stop
		String id = UUID.randomUUID().toString();
		this.jobStore.save(new BacktestJob(id, "RUNNING", "rsi-threshold", "SPY", "1d", 5000, 1200,
				Instant.parse("2026-01-02T03:04:05Z"), null, null, null), this.owner);

		assertThat(this.jobs.delete(this.stranger, id)).isFalse();
		assertThat(this.jobs.find(this.owner, id)).hasValueSatisfying((job) -> assertThat(job.done()).isEqualTo(1200));
		assertThat(this.jobs.delete(this.owner, id)).isTrue();

		assertThat(this.jobs.find(this.owner, id)).isEmpty();
		assertThat(auditedActions(id)).containsExactly("backtest-job.cancelled", "backtest.deleted");
	}

	private SweepJob waitUntilDone(String id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		SweepJob job = this.sweeps.find(this.owner, id).orElseThrow();
		while (Instant.now().isBefore(deadline) && (job.status().equals("QUEUED") || job.status().equals("RUNNING"))) {
			Thread.sleep(100);
			job = this.sweeps.find(this.owner, id).orElseThrow();
		}
		return job;
	}

	/** The audit log's actions about {@code entityId}, in the order they were written. */
	private List<String> auditedActions(String entityId) {
		return this.jdbc.sql("select action from audit_log where entity_id = :id order by seq")
			.param("id", entityId)
			.query(String.class)
			.list();
	}

	private int monteCarloRows(String id) {
		return this.jdbc.sql("select count(*) from trading_backtest_monte_carlo where backtest_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
