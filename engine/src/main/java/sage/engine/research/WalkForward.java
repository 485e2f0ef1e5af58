package sage.engine.research;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;

import sage.engine.metrics.Performance;
import sage.engine.metrics.TradeStats;
import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Backtest;

/**
 * Walk-forward analysis: for each fold, sweep on the train window, take the parameters
 * that rank first by a metric, and run them on the test window that follows.
 *
 * <p>
 * Each window is backtested on its own bars only, from the initial cash and a fresh
 * strategy: nothing of the train window (positions, indicator state) carries into the
 * test window, so no test result can depend on a bar it was chosen on. The price is that
 * a strategy's indicators warm up again at the start of every window, and a position
 * still open at the end of a test window is marked at its last close, not closed.
 */
public final class WalkForward {

	/** How train windows move from fold to fold. */
	public enum Window {

		/** Every train window starts at the first bar and grows by one test window. */
		ANCHORED,

		/** Train windows keep their size and slide by one test window. */
		ROLLING

	}

	private WalkForward() {
	}

	/**
	 * {@code count} consecutive folds from the first bar: fold {@code k} tests bars
	 * {@code [trainBars + k * testBars, trainBars + (k + 1) * testBars)} and trains on
	 * the {@code trainBars} bars before them ({@link Window#ROLLING}) or on every bar
	 * before them ({@link Window#ANCHORED}). Bars after the last test window are not
	 * used.
	 * @param bars bars in the series
	 * @throws IllegalArgumentException when a size is not positive or the folds need more
	 * bars than there are
	 */
	public static List<Fold> folds(int bars, int trainBars, int testBars, int count, Window window) {
		Objects.requireNonNull(window, "window");
		if (trainBars < 1 || testBars < 1 || count < 1) {
			throw new IllegalArgumentException("train bars, test bars and fold count must be positive: " + trainBars
					+ ", " + testBars + ", " + count);
		}
		long needed = trainBars + (long) testBars * count;
		if (needed > bars) {
			throw new IllegalArgumentException(count + " folds of " + trainBars + " train and " + testBars
					+ " test bars need " + needed + " bars, the series has " + bars);
		}
		List<Fold> folds = new ArrayList<>(count);
		for (int k = 0; k < count; k++) {
			int testFrom = trainBars + k * testBars;
			int trainFrom = (window == Window.ANCHORED) ? 0 : testFrom - trainBars;
			folds.add(new Fold(k, trainFrom, testFrom, testFrom, testFrom + testBars));
		}
		return folds;
	}

	/**
	 * Runs the walk-forward. Each fold's sweep runs on {@code threads} threads; the
	 * result does not depend on how many.
	 * @param sweep the grid searched on each train window
	 * @param metric how the train window's results are ranked ({@link Sweep#best})
	 * @param folds at least one, windows within {@code bars}, e.g. from {@link #folds}
	 * @param cancelled asked before each combination of each sweep (see
	 * {@link Sweep#run})
	 * @throws NoBestCombinationException (an {@link IllegalStateException}) when no
	 * combination of a fold's sweep has a value for the metric
	 * @throws java.util.concurrent.CancellationException when cancelled
	 */
	public static WalkForwardResult run(BarSeries bars, SimulationSettings settings, Scoring scoring, Sweep sweep,
			Metric metric, List<Fold> folds, int threads, BooleanSupplier cancelled) {
		return run(bars, settings, scoring, sweep, metric, folds, threads, SweepProgress.NONE, cancelled);
	}

	/**
	 * {@link #run(BarSeries, SimulationSettings, Scoring, Sweep, Metric, List, int, BooleanSupplier)},
	 * telling {@code progress} after each train-window backtest: the total is
	 * {@code folds.size() * sweep.size()}, and fold {@code k}'s combinations count from
	 * {@code k * sweep.size() + 1} (see {@link SweepProgress} for threads and order).
	 * @throws NoBestCombinationException when no combination of a fold's sweep has a
	 * value for the metric
	 */
	public static WalkForwardResult run(BarSeries bars, SimulationSettings settings, Scoring scoring, Sweep sweep,
			Metric metric, List<Fold> folds, int threads, SweepProgress progress, BooleanSupplier cancelled) {
		Objects.requireNonNull(sweep, "sweep");
		Objects.requireNonNull(progress, "progress");
		Objects.requireNonNull(metric, "metric");
		if (folds.isEmpty()) {
			throw new IllegalArgumentException("a walk-forward needs at least one fold");
		}
		for (Fold fold : folds) {
			if (fold.testTo() > bars.size()) {
				throw new IllegalArgumentException(
						"fold " + fold.number() + " ends at bar " + fold.testTo() + ", the series has " + bars.size());
			}
		}
		List<FoldResult> results = new ArrayList<>(folds.size());
		Stitch stitch = new Stitch(settings.initialCash().doubleValue());
		int total = folds.size() * sweep.size();
		for (int k = 0; k < folds.size(); k++) {
			Fold fold = folds.get(k);
			int before = k * sweep.size();
			List<SweepResult> inSample = sweep.run(slice(bars, fold.trainFrom(), fold.trainTo()), settings, scoring,
					threads, (done, size) -> progress.update(before + done, total), cancelled);
			SweepResult best = Sweep.best(inSample, metric)
				.orElseThrow(() -> new NoBestCombinationException(fold, metric));
			BacktestResult test = Backtest.run(slice(bars, fold.testFrom(), fold.testTo()), settings,
					sweep.strategy().create(best.params()));
			results.add(new FoldResult(fold, best.params(), best.figures(), Figures.of(test, scoring)));
			stitch.append(test);
		}
		return stitch.result(results, scoring);
	}

	/** Bars {@code [from, to)} of {@code bars}. */
	static BarSeries slice(BarSeries bars, int from, int to) {
		long end = (to < bars.size()) ? bars.time(to) : Long.MAX_VALUE;
		return bars.between(bars.time(from), end);
	}

	/** Out-of-sample curves joined end to start. */
	private static final class Stitch {

		private final double initialCash;

		private final List<long[]> times = new ArrayList<>();

		private final List<double[]> equity = new ArrayList<>();

		private final List<double[]> positions = new ArrayList<>();

		private final List<double[]> pnls = new ArrayList<>();

		private double end;

		Stitch(double initialCash) {
			this.initialCash = initialCash;
			this.end = initialCash;
		}

		void append(BacktestResult test) {
			// each window starts from the initial cash; compound it onto where the
			// stitched curve stands, so returns chain as if the equity had carried over
			double scale = this.end / this.initialCash;
			double[] curve = test.equity();
			double[] pnls = test.tradePnls();
			for (int i = 0; i < curve.length; i++) {
				curve[i] *= scale;
			}
			for (int i = 0; i < pnls.length; i++) {
				pnls[i] *= scale;
			}
			this.times.add(test.times());
			this.equity.add(curve);
			this.positions.add(test.positionQuantity());
			this.pnls.add(pnls);
			this.end = curve[curve.length - 1];
		}

		WalkForwardResult result(List<FoldResult> folds, Scoring scoring) {
			long[] times = this.times.stream().flatMapToLong(Arrays::stream).toArray();
			double[] equity = join(this.equity);
			Performance performance = Performance.of(times, equity, join(this.positions), scoring.annualRiskFree(),
					scoring.annualisation());
			return new WalkForwardResult(folds, times, equity, Figures.of(performance, TradeStats.of(join(this.pnls))));
		}

		private static double[] join(List<double[]> parts) {
			return parts.stream().flatMapToDouble(Arrays::stream).toArray();
		}

	}

}
