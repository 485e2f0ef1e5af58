package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.research.Figures;
import sage.engine.research.Fold;
import sage.engine.research.Metric;
import sage.engine.research.NoBestCombinationException;
import sage.engine.research.ParamRange;
import sage.engine.research.Scoring;
import sage.engine.research.Sweep;
import sage.engine.research.SweepProgress;
import sage.engine.research.SweepResult;
import sage.engine.research.WalkForward;
import sage.engine.research.WalkForwardResult;
import sage.engine.series.BarSeries;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.StrategyDefinition;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.trading.backtest.BacktestEngine;
import sage.server.trading.sweep.SweepStore;

/**
 * Parameter sweeps as jobs: checked and refused before any work when absurd, then run one
 * at a time on every core, with progress readable while they run and results kept for the
 * account that asked. Only that account finds, lists or deletes them; starting, stopping
 * and deleting are audited ({@link ResearchEvent}) in the transaction that writes them.
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

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService runner = Executors
		.newSingleThreadExecutor(Thread.ofPlatform().name("sage-sweep").daemon(true).factory());

	private final Map<String, Running> running = new ConcurrentHashMap<>();

	Sweeps(Backtests backtests, SweepStore store, ApplicationEventPublisher events, TransactionTemplate transaction,
			Clock clock) {
		this.backtests = backtests;
		this.store = store;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Checks a sweep and queues it for {@code owner}.
	 * @throws ProblemException when the strategy, instrument, ranges or money are
	 * invalid, the work is too large, or too many sweeps are pending
	 */
	public SweepJob start(UUID owner, SweepSpec spec) {
		Prepared prepared = prepare(spec);
		if (this.running.size() >= MAX_PENDING) {
			throw new ProblemException(TradingProblems.SWEEPS_BUSY,
					MAX_PENDING + " sweeps are already waiting or running; try again when one has finished.");
		}
		SweepJob job = prepared.job(UUID.randomUUID().toString(), this.clock);
		this.transaction.executeWithoutResult((status) -> {
			this.store.save(job, owner);
			this.events.publishEvent(new ResearchEvent.SweepCreated(owner, job.id(), job.strategy(), job.symbol(),
					job.interval(), job.combinations(), job.createdAt()));
		});
		Running state = new Running(job, owner);
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
		int grid = prepared.sweep().size();
		int total = grid + prepared.walkForwardBacktests();
		List<SweepResult> results = prepared.sweep()
			.run(prepared.bars(), prepared.settings(), prepared.scoring(), threads,
					(done, size) -> progress.update(done, total), () -> false);
		SweepJob.WalkForwardRun walkForward = walkForward(prepared, threads,
				(done, size) -> progress.update(grid + done, total), () -> false);
		return done(job, prepared, results, walkForward);
	}

	private Prepared prepare(SweepSpec spec) {
		StrategyDefinition definition = this.backtests.strategy(spec.strategy());
		Metric metric = metric(spec.metric());
		Backtests.checkMoney(spec.cash(), spec.commission());
		Sweep sweep = sweep(definition, spec);
		Backtests.Stored stored = this.backtests.load(spec.symbol(), spec.interval(), spec.from(), spec.to());
		BacktestEngine.checkEnough(stored.bars());
		List<Fold> folds = folds(spec.walkForward(), stored.bars());
		long gridSteps = (long) sweep.size() * stored.bars().size();
		long walkForwardSteps = 0;
		for (Fold fold : folds) {
			walkForwardSteps += (long) sweep.size() * fold.trainBars() + fold.testBars();
		}
		if (gridSteps + walkForwardSteps > MAX_BAR_STEPS) {
			String walkForward = folds.isEmpty() ? ""
					: String.format(Locale.ROOT, " and the walk-forward %,d more", walkForwardSteps);
			throw new ProblemException(TradingProblems.TOO_MUCH_WORK, String.format(Locale.ROOT,
					"%,d combinations over %,d bars is %,d bar-steps%s; the limit is %,d. Sweep fewer values, fewer "
							+ "bars or fewer folds.",
					sweep.size(), stored.bars().size(), gridSteps, walkForward, MAX_BAR_STEPS));
		}
		SimulationSettings settings = new SimulationSettings(
				BacktestEngine.instrumentSpec(stored.instrument(), stored.bars()), PercentFee.of(spec.commission()),
				new NoSlippage(), spec.cash());
		Scoring scoring = new Scoring(0.0,
				BacktestEngine.annualisation(stored.instrument(), stored.bars().timeframe()));
		return new Prepared(spec, sweep, stored, settings, scoring, metric, folds);
	}

	/**
	 * The walk-forward's folds over {@code bars}, none without a walk-forward.
	 * @throws ProblemException {@code invalid-walk-forward} when they need more bars than
	 * there are
	 */
	private static List<Fold> folds(@Nullable WalkForwardSpec spec, BarSeries bars) {
		if (spec == null) {
			return List.of();
		}
		if (spec.barsNeeded() > bars.size()) {
			String detail = String.format(Locale.ROOT,
					"%d folds of %,d train and %,d test bars need %,d bars; the range holds %,d. Ask for fewer or "
							+ "shorter folds, or widen from/to.",
					spec.folds(), spec.trainBars(), spec.testBars(), spec.barsNeeded(), bars.size());
			throw new ProblemException(TradingProblems.INVALID_WALK_FORWARD, detail,
					List.of(new FieldProblem("walkForward", detail)), Map.of());
		}
		return WalkForward.folds(bars.size(), spec.trainBars(), spec.testBars(), spec.folds(), spec.window());
	}

	/**
	 * Runs the walk-forward, if one was asked for.
	 * @return null without one; its error when a fold has nothing to rank
	 * @throws CancellationException when cancelled
	 */
	private SweepJob.@Nullable WalkForwardRun walkForward(Prepared prepared, int threads, SweepProgress progress,
			BooleanSupplier cancelled) {
		SweepJob.WalkForwardRun asked = prepared.walkForward();
		if (asked == null) {
			return null;
		}
		WalkForwardResult result;
		try {
			result = WalkForward.run(prepared.bars(), prepared.settings(), prepared.scoring(), prepared.sweep(),
					prepared.metric(), prepared.folds(), threads, progress, cancelled);
		}
		catch (NoBestCombinationException ex) {
			Fold fold = ex.fold();
			return asked.with((fold.number() + 1) * prepared.sweep().size(),
					String.format(Locale.ROOT,
							"fold %d of %d: no combination has a %s on its train window (%s to %s); use longer "
									+ "train windows or rank by another metric",
							fold.number() + 1, prepared.folds().size(), ex.metric(),
							day(prepared.bars().time(fold.trainFrom())), day(prepared.bars().time(fold.trainTo() - 1))),
					null, null);
		}
		BarSeries bars = prepared.bars();
		List<SweepJob.FoldRow> rows = result.folds()
			.stream()
			.map((r) -> new SweepJob.FoldRow(r.fold().number(), Instant.ofEpochMilli(bars.time(r.fold().trainFrom())),
					Instant.ofEpochMilli(bars.time(r.fold().trainTo() - 1)),
					Instant.ofEpochMilli(bars.time(r.fold().testFrom())),
					Instant.ofEpochMilli(bars.time(r.fold().testTo() - 1)), r.fold().trainBars(), r.fold().testBars(),
					r.params(), figures(r.inSample()), figures(r.outOfSample())))
			.toList();
		return asked.with(asked.total(), null, rows, figures(result.outOfSample()));
	}

	private static String day(long millis) {
		return Instant.ofEpochMilli(millis).atOffset(ZoneOffset.UTC).toLocalDate().toString();
	}

	private static SweepJob.FoldFigures figures(Figures f) {
		return new SweepJob.FoldFigures(finite(f.totalReturn()), finite(f.cagr()), finite(f.sharpe()),
				finite(f.sortino()), finite(f.maxDrawdown()), finite(f.profitFactor()), f.tradeCount());
	}

	/** A sweep of {@code owner} with its progress; empty for another account's. */
	public Optional<SweepJob> find(UUID owner, String id) {
		Running state = this.running.get(id);
		if (state != null && state.owner.equals(owner)) {
			return Optional.of(state.view());
		}
		return this.store.find(owner, id);
	}

	/** The newest sweeps of {@code owner}, newest first, without their results. */
	public List<SweepJob> recent(UUID owner, int limit) {
		return this.store.recent(owner, limit)
			.stream()
			.map((job) -> Optional.ofNullable(this.running.get(job.id())).map(Running::view).orElse(job))
			.toList();
	}

	/**
	 * Stops a sweep of {@code owner} if it waits or runs, and deletes it, audited in the
	 * same transaction; false when they have none with this id.
	 */
	public boolean delete(UUID owner, String id) {
		boolean deleted = Boolean.TRUE.equals(this.transaction.execute((status) -> {
			Optional<SweepJob> sweep = find(owner, id);
			if (sweep.isEmpty() || !this.store.delete(owner, id)) {
				return false;
			}
			String state = sweep.get().status();
			if (state.equals("QUEUED") || state.equals("RUNNING")) {
				this.events.publishEvent(new ResearchEvent.SweepCancelled(owner, id, this.clock.instant()));
			}
			this.events.publishEvent(new ResearchEvent.SweepDeleted(owner, id, this.clock.instant()));
			return true;
		}));
		// stopped once the deletion is committed: a rolled-back one leaves it running
		Running state = deleted ? this.running.get(id) : null;
		if (state != null) {
			state.cancelled.set(true);
		}
		return deleted;
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
		int cores = Runtime.getRuntime().availableProcessors();
		try {
			List<SweepResult> results = prepared.sweep()
				.run(prepared.bars(), prepared.settings(), prepared.scoring(), cores,
						(done, total) -> state.done.accumulateAndGet(done, Math::max), state.cancelled::get);
			SweepJob.WalkForwardRun walkForward = walkForward(prepared, cores,
					(done, total) -> state.walkForwardDone.accumulateAndGet(done, Math::max), state.cancelled::get);
			finish(state, done(state.job, prepared, results, walkForward));
		}
		catch (CancellationException ex) {
			finish(state, state.job.with("CANCELED", state.done.get(), this.clock.instant(), "canceled", null, null,
					state.walkForwardView()));
		}
		catch (RuntimeException ex) {
			log.error("Sweep {} failed", state.job.id(), ex);
			finish(state,
					state.job.with("FAILED", state.done.get(), this.clock.instant(),
							"the sweep failed; the server log has the details under its id", null, null,
							state.walkForwardView()));
		}
	}

	private SweepJob done(SweepJob job, Prepared prepared, List<SweepResult> results,
			SweepJob.@Nullable WalkForwardRun walkForward) {
		List<SweepJob.Combination> combinations = results.stream().map(Sweeps::combination).toList();
		SweepJob.Combination best = Sweep.best(results, prepared.metric()).map(Sweeps::combination).orElse(null);
		return job.with("DONE", prepared.sweep().size(), this.clock.instant(), null, best, combinations, walkForward);
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
			Scoring scoring, Metric metric, List<Fold> folds) {

		BarSeries bars() {
			return this.stored.bars();
		}

		/** Train-window backtests of the walk-forward: folds x combinations. */
		int walkForwardBacktests() {
			return this.folds.size() * this.sweep.size();
		}

		/** The walk-forward asked for, before it runs; null without one. */
		SweepJob.@Nullable WalkForwardRun walkForward() {
			WalkForwardSpec asked = this.spec.walkForward();
			return (asked == null) ? null : new SweepJob.WalkForwardRun(asked.folds(), asked.trainBars(),
					asked.testBars(), asked.window().name(), 0, walkForwardBacktests(), null, null, null);
		}

		SweepJob job(String id, Clock clock) {
			return new SweepJob(id, "QUEUED", this.sweep.strategy().id(), this.stored.instrument().symbol(),
					bars().timeframe().code(), this.metric.name(),
					this.sweep.ranges().stream().map(ParamRange::name).toList(), this.sweep.size(), 0, bars().size(),
					this.spec.from(), this.spec.to(), this.spec.cash(), this.spec.commission(), clock.instant(), null,
					null, null, null, walkForward());
		}

	}

	/** A sweep between start and end: its progress lives here, not in the database. */
	private static final class Running {

		final SweepJob job;

		final UUID owner;

		final AtomicInteger done = new AtomicInteger();

		final AtomicInteger walkForwardDone = new AtomicInteger();

		final AtomicBoolean cancelled = new AtomicBoolean();

		volatile String status = "QUEUED";

		Running(SweepJob job, UUID owner) {
			this.job = job;
			this.owner = owner;
		}

		SweepJob view() {
			return this.job.with(this.status, this.done.get(), null, null, null, null, walkForwardView());
		}

		SweepJob.@Nullable WalkForwardRun walkForwardView() {
			SweepJob.WalkForwardRun asked = this.job.walkForward();
			return (asked == null) ? null : asked.with(this.walkForwardDone.get(), null, null, null);
		}

	}

}
