package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

import sage.engine.research.Figures;
import sage.engine.research.Metric;
import sage.engine.research.ParamRange;
import sage.engine.research.Scoring;
import sage.engine.research.Sweep;
import sage.engine.research.SweepProgress;
import sage.engine.research.SweepResult;
import sage.engine.series.BarSeries;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.StrategyDefinition;
import sage.server.platform.ProblemException;
import sage.server.trading.backtest.BacktestEngine;
import sage.server.trading.sweep.SweepStore;

/**
 * Parameter sweeps as jobs: checked and refused before any work when absurd, then run one
 * at a time on every core, with progress readable while they run and results kept.
 */
@Service
public class Sweeps {

	/** Combinations times bars: about a minute of work on two cores. */
	static final long MAX_BAR_STEPS = 100_000_000L;

	/** Sweeps waiting or running at once; more are refused with 429. */
	static final int MAX_PENDING = 4;

	private static final Logger log = LoggerFactory.getLogger(Sweeps.class);

	private final Backtests backtests;

	private final SweepStore store;

	private final Clock clock;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sage-sweep").daemon(true).factory());

	private final Map<String, Running> running = new ConcurrentHashMap<>();

	Sweeps(Backtests backtests, SweepStore store, Clock clock) {
		this.backtests = backtests;
		this.store = store;
		this.clock = clock;
	}

	/**
	 * Checks a sweep and queues it.
	 * @throws ProblemException when the strategy, instrument, ranges or money are
	 * invalid, the work is too large, or too many sweeps are pending
	 */
	public SweepJob start(SweepSpec spec) {
		Prepared prepared = prepare(spec);
		if (this.running.size() >= MAX_PENDING) {
			throw new ProblemException(TradingProblems.SWEEPS_BUSY,
					MAX_PENDING + " sweeps are already waiting or running; try again when one has finished.");
		}
		SweepJob job = prepared.job(UUID.randomUUID().toString(), this.clock);
		this.store.save(job);
		Running state = new Running(job);
		this.running.put(job.id(), state);
		this.runner.execute(() -> execute(state, prepared));
		return job;
	}

	/**
	 * Runs a sweep here and now on {@code threads} threads, without keeping it (the
	 * command line's {@code ./sage sweep}).
	 * @throws ProblemException as {@link #start} does
	 */
	public SweepJob runNow(SweepSpec spec, int threads, SweepProgress progress) {
		Prepared prepared = prepare(spec);
		SweepJob job = prepared.job(UUID.randomUUID().toString(), this.clock);
		List<SweepResult> results = prepared.sweep()
			.run(prepared.bars(), prepared.settings(), prepared.scoring(), threads, progress, () -> false);
		return done(job, prepared, results);
	}

	private Prepared prepare(SweepSpec spec) {
		StrategyDefinition definition = this.backtests.strategy(spec.strategy());
		Metric metric = metric(spec.metric());
		Backtests.checkMoney(spec.cash(), spec.commission());
		Sweep sweep = sweep(definition, spec);
		Backtests.Stored stored = this.backtests.load(spec.symbol(), spec.interval(), spec.from(), spec.to());
		BacktestEngine.checkEnough(stored.bars());
		long steps = (long) sweep.size() * stored.bars().size();
		if (steps > MAX_BAR_STEPS) {
			throw new ProblemException(TradingProblems.TOO_MUCH_WORK, String.format(Locale.ROOT,
					"%,d combinations over %,d bars is %,d bar-steps; the limit is %,d. Sweep fewer values or fewer bars.",
					sweep.size(), stored.bars().size(), steps, MAX_BAR_STEPS));
		}
		SimulationSettings settings = new SimulationSettings(
				BacktestEngine.instrumentSpec(stored.instrument(), stored.bars()), PercentFee.of(spec.commission()),
				new NoSlippage(), spec.cash());
		Scoring scoring = new Scoring(0.0,
				BacktestEngine.annualisation(stored.instrument(), stored.bars().timeframe()));
		return new Prepared(spec, sweep, stored, settings, scoring, metric);
	}

	/** A sweep with its progress. */
	public Optional<SweepJob> find(String id) {
		Running state = this.running.get(id);
		if (state != null) {
			return Optional.of(state.view());
		}
		return this.store.find(id);
	}

	/** The newest sweeps, newest first, without their results. */
	public List<SweepJob> recent(int limit) {
		return this.store.recent(limit)
			.stream()
			.map((job) -> Optional.ofNullable(this.running.get(job.id())).map(Running::view).orElse(job))
			.toList();
	}

	/** Stops a sweep if it runs and deletes it; false when there was none. */
	public boolean delete(String id) {
		Running state = this.running.get(id);
		if (state != null) {
			state.cancelled.set(true);
		}
		return this.store.delete(id);
	}

	/** Sweeps left running by a server that stopped cannot finish: say so. */
	@EventListener(ApplicationReadyEvent.class)
	void failInterrupted() {
		int failed = this.store.failUnfinished("interrupted: the server stopped while it ran", this.clock.instant());
		if (failed > 0) {
			log.warn("{} sweeps were left unfinished by the last run and are marked FAILED", failed);
		}
	}

	@PreDestroy
	void stop() {
		this.running.values().forEach((state) -> state.cancelled.set(true));
		this.runner.shutdownNow();
	}

	private void execute(Running state, Prepared prepared) {
		if (state.cancelled.get()) {
			this.running.remove(state.job.id());
			return;
		}
		state.status = "RUNNING";
		this.store.update(state.view());
		try {
			List<SweepResult> results = prepared.sweep()
				.run(prepared.bars(), prepared.settings(), prepared.scoring(),
						Runtime.getRuntime().availableProcessors(),
						(done, total) -> state.done.accumulateAndGet(done, Math::max), state.cancelled::get);
			finish(state, done(state.job, prepared, results));
		}
		catch (CancellationException ex) {
			finish(state, state.job.with("CANCELED", state.done.get(), this.clock.instant(), "canceled", null, null));
		}
		catch (RuntimeException ex) {
			log.error("Sweep {} failed", state.job.id(), ex);
			finish(state, state.job.with("FAILED", state.done.get(), this.clock.instant(),
					"the sweep failed; the server log has the details under its id", null, null));
		}
	}

	private SweepJob done(SweepJob job, Prepared prepared, List<SweepResult> results) {
		List<SweepJob.Combination> combinations = results.stream().map(Sweeps::combination).toList();
		SweepJob.Combination best = Sweep.best(results, prepared.metric()).map(Sweeps::combination).orElse(null);
		return job.with("DONE", prepared.sweep().size(), this.clock.instant(), null, best, combinations);
	}

	private void finish(Running state, SweepJob outcome) {
		if (!state.cancelled.get() || outcome.status().equals("CANCELED")) {
			this.store.update(outcome);
		}
		this.running.remove(state.job.id());
	}

	private static Sweep sweep(StrategyDefinition definition, SweepSpec spec) {
		if (spec.ranges().isEmpty()) {
			throw ProblemException.invalidField("ranges", "must name at least one parameter to sweep");
		}
		List<ParamRange> ranges = new ArrayList<>();
		try {
			for (SweepSpec.Range range : spec.ranges()) {
				ranges.add(range(range));
			}
			for (Map.Entry<String, BigDecimal> fixed : spec.fixed().entrySet()) {
				if (spec.ranges().stream().noneMatch((r) -> r.name().equals(fixed.getKey()))) {
					ranges.add(ParamRange.values(fixed.getKey(), List.of(fixed.getValue())));
				}
			}
			return Sweep.of(definition, ranges);
		}
		catch (IllegalArgumentException ex) {
			boolean tooMany = String.valueOf(ex.getMessage()).contains("combinations");
			throw new ProblemException(tooMany ? TradingProblems.TOO_MUCH_WORK : TradingProblems.INVALID_PARAMETERS,
					ex.getMessage());
		}
	}

	private static ParamRange range(SweepSpec.Range range) {
		if (range.values() != null && !range.values().isEmpty()) {
			return ParamRange.values(range.name(), range.values());
		}
		if (range.from() == null || range.to() == null || range.step() == null) {
			throw new IllegalArgumentException(range.name() + ": give from, to and step, or a list of values");
		}
		return ParamRange.of(range.name(), range.from(), range.to(), range.step(), true);
	}

	private static Metric metric(String name) {
		try {
			return Metric.valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("metric", "must be one of "
					+ Arrays.stream(Metric.values()).map(Metric::name).collect(Collectors.joining(", ")));
		}
	}

	private static SweepJob.Combination combination(SweepResult result) {
		Figures f = result.figures();
		if (f == null) {
			return new SweepJob.Combination(result.params(), null, null, null, null, null, null, null,
					result.refusal());
		}
		return new SweepJob.Combination(result.params(), finite(f.totalReturn()), finite(f.cagr()), finite(f.sharpe()),
				finite(f.sortino()), finite(f.maxDrawdown()), finite(f.profitFactor()), f.tradeCount(), null);
	}

	private static @Nullable Double finite(double value) {
		return Double.isFinite(value) ? value : null;
	}

	/** A checked sweep with everything it runs on. */
	private record Prepared(SweepSpec spec, Sweep sweep, Backtests.Stored stored, SimulationSettings settings,
			Scoring scoring, Metric metric) {

		BarSeries bars() {
			return this.stored.bars();
		}

		SweepJob job(String id, Clock clock) {
			return new SweepJob(id, "QUEUED", this.sweep.strategy().id(), this.stored.instrument().symbol(),
					bars().timeframe().code(), this.metric.name(),
					this.sweep.ranges().stream().map(ParamRange::name).toList(), this.sweep.size(), 0, bars().size(),
					this.spec.from(), this.spec.to(), this.spec.cash(), this.spec.commission(), clock.instant(), null,
					null, null, null);
		}

	}

	/** A sweep between start and end: its progress lives here, not in the database. */
	private static final class Running {

		final SweepJob job;

		final AtomicInteger done = new AtomicInteger();

		final AtomicBoolean cancelled = new AtomicBoolean();

		volatile String status = "QUEUED";

		Running(SweepJob job) {
			this.job = job;
		}

		SweepJob view() {
			return this.job.with(this.status, this.done.get(), null, null, null, null);
		}

	}

}
