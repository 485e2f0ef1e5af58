package sage.server.trading;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import sage.engine.research.MonteCarlo.Resampling;
import sage.engine.research.WalkForward.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the trading module's storage must do on every database Sage supports: a kept
 * backtest reads back with its Monte Carlo to the last bit, and loses it when deleted; a
 * sweep reads back with its walk-forward. Subclasses run it against the embedded default
 * (H2 file) and the real PostgreSQL.
 */
abstract class TradingPersistenceContract {

	@Autowired
	Backtests backtests;

	@Autowired
	Sweeps sweeps;

	@Autowired
	BacktestJobs jobs;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aBacktestReadsBackWithItsMonteCarloExactlyAndTakesItAlongWhenDeleted() {
		BacktestRun run = this.backtests.run(new BacktestSpec("hyper-rsi", Map.of(), "SPY", "1d", null, null,
				new BigDecimal("100000"), new BigDecimal("0.001"), new MonteCarloSpec(2000, Resampling.SHUFFLE)));

		BacktestRun.MonteCarloFigures mc = run.monteCarlo();
		assertThat(mc).isNotNull();
		assertThat(mc.status()).isEqualTo("DONE");
		assertThat(mc.runs()).isEqualTo(2000);
		assertThat(this.backtests.find(run.id())).contains(run);
		assertThat(monteCarloRows(run.id())).isOne();

		assertThat(this.backtests.delete(run.id())).isTrue();
		assertThat(this.backtests.find(run.id())).isEmpty();
		assertThat(monteCarloRows(run.id())).isZero();
	}

	@Test
	void aMonteCarloWithoutFiguresReadsBackWithoutThem() {
		BacktestRun few = this.backtests.run(new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d",
				LocalDate.of(2020, 1, 1), LocalDate.of(2020, 8, 28), new BigDecimal("100000"), new BigDecimal("0.001"),
				MonteCarloSpec.DEFAULT));
		BacktestRun off = this.backtests.run(new BacktestSpec("hyper-rsi", Map.of(), "SPY", "1d", null, null,
				new BigDecimal("100000"), new BigDecimal("0.001"), MonteCarloSpec.OFF));

		assertThat(few.monteCarlo().status()).isEqualTo("NOT_ENOUGH_TRADES");
		assertThat(few.monteCarlo().maxDrawdown()).isNull();
		assertThat(this.backtests.find(few.id())).contains(few);
		assertThat(off.monteCarlo().status()).isEqualTo("OFF");
		assertThat(this.backtests.find(off.id())).contains(off);
	}

	@Test
	void aSweepReadsBackWithItsWalkForward() throws InterruptedException {
		SweepJob started = this.sweeps.start(new SweepSpec("sma-cross", "SPY", "1d", LocalDate.of(2012, 1, 1), null,
				List.of(new SweepSpec.Range("fast", null, null, null, List.of(BigDecimal.TEN, new BigDecimal("20")))),
				Map.of("slow", new BigDecimal("50")), new BigDecimal("100000"), new BigDecimal("0.001"), "TOTAL_RETURN",
				new WalkForwardSpec(3, 400, 200, Window.ROLLING)));

		SweepJob done = waitUntilDone(started.id());

		assertThat(done.status()).isEqualTo("DONE");
		SweepJob.WalkForwardRun walkForward = done.walkForward();
		assertThat(walkForward).isNotNull();
		assertThat(walkForward.results()).hasSize(3);
		assertThat(walkForward.outOfSample()).isNotNull();
		assertThat(this.sweeps.find(started.id())).contains(done);
		assertThat(this.sweeps.recent(500)).filteredOn((job) -> job.id().equals(started.id()))
			.singleElement()
			.satisfies((job) -> assertThat(job.walkForward()).isEqualTo(walkForward));
		assertThat(this.sweeps.delete(started.id())).isTrue();
	}

	@Test
	void aBacktestJobKeepsItsProgressAndEndsAsAKeptBacktest() throws InterruptedException {
		BacktestSpec spec = new BacktestSpec("rsi-threshold", Map.of(), "SPY", "1d", null, null,
				new BigDecimal("100000"), new BigDecimal("0.001"), MonteCarloSpec.OFF);
		BacktestJobs.Accepted accepted = this.jobs.submit(spec, true);

		BacktestJob queued = ((BacktestJobs.Accepted.Queued) accepted).job();
		assertThat(queued.status()).isEqualTo("QUEUED");
		assertThat(queued.finishedAt()).isNull();
		Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
		BacktestJob job = this.jobs.find(queued.id()).orElseThrow();
		while (Instant.now().isBefore(deadline) && (job.status().equals("QUEUED") || job.status().equals("RUNNING"))) {
			Thread.sleep(50);
			job = this.jobs.find(queued.id()).orElseThrow();
		}

		assertThat(job.status()).isEqualTo("DONE");
		assertThat(job.done()).isEqualTo(job.bars()).isEqualTo(queued.bars());
		assertThat(job.createdAt()).isEqualTo(queued.createdAt());
		assertThat(job.finishedAt()).isAfterOrEqualTo(job.createdAt());
		assertThat(job.error()).isNull();
		assertThat(job.result()).isEqualTo("/api/v1/backtests/" + queued.id());
		assertThat(this.backtests.find(queued.id())).hasValueSatisfying((run) -> {
			assertThat(run.bars()).isEqualTo(queued.bars());
			assertThat(run.strategy()).isEqualTo("rsi-threshold");
		});
		assertThat(this.jobs.delete(queued.id())).isTrue();
		assertThat(this.backtests.delete(queued.id())).isTrue();
		assertThat(this.jobs.find(queued.id())).isEmpty();
	}

	private SweepJob waitUntilDone(String id) throws InterruptedException {
		Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
		SweepJob job = this.sweeps.find(id).orElseThrow();
		while (Instant.now().isBefore(deadline) && (job.status().equals("QUEUED") || job.status().equals("RUNNING"))) {
			Thread.sleep(100);
			job = this.sweeps.find(id).orElseThrow();
		}
		return job;
	}

	private int monteCarloRows(String id) {
		return this.jdbc.sql("select count(*) from trading_backtest_monte_carlo where backtest_id = :id")
			.param("id", id)
			.query(Integer.class)
			.single();
	}

}
