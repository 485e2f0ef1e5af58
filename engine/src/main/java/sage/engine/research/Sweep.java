package sage.engine.research;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;

import sage.engine.series.BarSeries;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Backtest;
import sage.engine.param.ParamSpec;
import sage.engine.strategy.Strategy;
import sage.engine.strategy.StrategyDefinition;

/**
 * A grid over strategy parameters, every combination backtested on the same bars.
 *
 * <p>
 * The grid is checked when the sweep is made, before any work: each parameter must be one
 * the strategy publishes, appear once, and have only values its {@link ParamSpec} accepts
 * (type, min, max); the grid may hold at most {@link #MAX_COMBINATIONS} combinations.
 * Parameters not swept take their defaults.
 *
 * <p>
 * Combinations are ordered like nested loops over the ranges in the order given, the last
 * range varying fastest. {@link #run} returns one result per combination in that order,
 * and the results do not depend on the number of threads: each combination gets a fresh
 * strategy instance, the bars and settings are immutable, and nothing mutable is shared
 * between backtests.
 */
public final class Sweep {

	/** The most combinations a sweep may hold. */
	public static final int MAX_COMBINATIONS = 1_000_000;

	private final StrategyDefinition strategy;

	private final List<ParamRange> ranges;

	private final int[] counts;

	private final int size;

	private Sweep(StrategyDefinition strategy, List<ParamRange> ranges, int[] counts, int size) {
		this.strategy = strategy;
		this.ranges = ranges;
		this.counts = counts;
		this.size = size;
	}

	/**
	 * A sweep of {@code strategy} over {@code ranges}.
	 * @throws IllegalArgumentException naming the problem: an unknown or repeated
	 * parameter, a value outside the parameter's schema, or more than
	 * {@link #MAX_COMBINATIONS} combinations (with their count)
	 */
	public static Sweep of(StrategyDefinition strategy, List<ParamRange> ranges) {
		Objects.requireNonNull(strategy, "strategy");
		List<ParamRange> copy = List.copyOf(ranges);
		Set<String> seen = new HashSet<>();
		BigInteger total = BigInteger.ONE;
		for (ParamRange range : copy) {
			ParamSpec spec = strategy.params()
				.stream()
				.filter((param) -> param.name().equals(range.name()))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException(strategy.id() + " has no parameter " + range.name()));
			if (!seen.add(range.name())) {
				throw new IllegalArgumentException(range.name() + " is swept twice");
			}
			String problem = range.problemWith(spec);
			if (problem != null) {
				throw new IllegalArgumentException(strategy.id() + ": " + problem);
			}
			total = total.multiply(range.count());
		}
		if (total.compareTo(BigInteger.valueOf(MAX_COMBINATIONS)) > 0) {
			throw new IllegalArgumentException(
					"the sweep has " + total + " combinations, more than the " + MAX_COMBINATIONS + " allowed");
		}
		int[] counts = copy.stream().mapToInt((range) -> range.count().intValueExact()).toArray();
		return new Sweep(strategy, copy, counts, total.intValueExact());
	}

	/** The strategy swept. */
	public StrategyDefinition strategy() {
		return this.strategy;
	}

	/** The parameter ranges, in order. */
	public List<ParamRange> ranges() {
		return this.ranges;
	}

	/** The number of combinations. */
	public int size() {
		return this.size;
	}

	/**
	 * The parameter values of combination {@code index}, in range order.
	 */
	public Map<String, BigDecimal> combination(int index) {
		Objects.checkIndex(index, this.size);
		// mixed-radix digits of the index, the last range the least significant
		BigDecimal[] values = new BigDecimal[this.counts.length];
		int rest = index;
		for (int r = this.counts.length - 1; r >= 0; r--) {
			values[r] = this.ranges.get(r).value(rest % this.counts[r]);
			rest /= this.counts[r];
		}
		Map<String, BigDecimal> params = new LinkedHashMap<>();
		for (int r = 0; r < values.length; r++) {
			params.put(this.ranges.get(r).name(), values[r]);
		}
		return Collections.unmodifiableMap(params);
	}

	/**
	 * Runs every combination on {@code threads} threads of a pool made for this call and
	 * shut down before it returns.
	 * @see #run(BarSeries, SimulationSettings, Scoring, Executor, int, SweepProgress,
	 * BooleanSupplier)
	 */
	public List<SweepResult> run(BarSeries bars, SimulationSettings settings, Scoring scoring, int threads,
			SweepProgress progress, BooleanSupplier cancelled) {
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be positive: " + threads);
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			return run(bars, settings, scoring, pool, threads, progress, cancelled);
		}
	}

	/**
	 * Backtests every combination on {@code bars}, on {@code workers} tasks given to
	 * {@code executor}; each task takes the next combination not yet taken until none is
	 * left. Blocks until they are done.
	 *
	 * <p>
	 * Stopping: when {@code cancelled} answers true (it is asked before each combination,
	 * from worker threads) or the calling thread is interrupted, no further combination
	 * starts; the call waits for the backtests under way, then throws
	 * {@link CancellationException} if any combination was left out. After an
	 * interruption the thread's interrupt flag is set again.
	 * @param executor runs the worker tasks; the sweep neither owns nor shuts it down
	 * @param workers how many tasks to hand to the executor, at least one
	 * @param progress told after each combination, from worker threads (see
	 * {@link SweepProgress})
	 * @param cancelled asked before each combination, from worker threads; must be
	 * thread-safe
	 * @return one result per combination, in combination order
	 * @throws CancellationException when stopped before the end
	 * @throws IllegalStateException wrapping the first exception a backtest or the
	 * progress callback threw (other than the strategy refusing its parameters)
	 */
	public List<SweepResult> run(BarSeries bars, SimulationSettings settings, Scoring scoring, Executor executor,
			int workers, SweepProgress progress, BooleanSupplier cancelled) {
		Objects.requireNonNull(bars, "bars");
		Objects.requireNonNull(settings, "settings");
		Objects.requireNonNull(scoring, "scoring");
		Objects.requireNonNull(executor, "executor");
		Objects.requireNonNull(progress, "progress");
		Objects.requireNonNull(cancelled, "cancelled");
		if (workers < 1) {
			throw new IllegalArgumentException("workers must be positive: " + workers);
		}
		return new SweepWorkers(this, bars, settings, scoring, progress, cancelled, workers).runOn(executor);
	}

	/**
	 * The result that ranks first by {@code metric}: ties go to the earliest combination,
	 * refused combinations and NaN values never win.
	 * @return empty when no result has a value for the metric
	 */
	public static Optional<SweepResult> best(List<SweepResult> results, Metric metric) {
		SweepResult best = null;
		for (SweepResult result : results) {
			if (result.isRefused() || Double.isNaN(metric.of(result.figures()))) {
				continue;
			}
			if (best == null || metric.isBetter(metric.of(result.figures()), metric.of(best.figures()))) {
				best = result;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Backtests combination {@code index}, or reports the strategy's refusal of it. */
	SweepResult runOne(int index, BarSeries bars, SimulationSettings settings, Scoring scoring) {
		Map<String, BigDecimal> params = combination(index);
		Strategy strategy;
		try {
			strategy = this.strategy.create(params);
		}
		catch (IllegalArgumentException ex) {
			// a combination each value of which is valid may still break a rule across
			// parameters (sma-cross needs fast < slow): report it, run the rest
			return new SweepResult(index, params, null, ex.getMessage());
		}
		return new SweepResult(index, params, Figures.of(Backtest.run(bars, settings, strategy), scoring), null);
	}

}
