package sage.engine.research;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CancellationException;
import java.util.stream.LongStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.strategy.Backtest;
import sage.engine.strategy.RsiThreshold;
import sage.engine.strategy.YahooCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Fold windows worked out by hand, and a walk-forward of {@code rsi-threshold} on ORCL
 * daily bars checked against direct backtests of each window.
 */
class WalkForwardTest {

	private static BarSeries orcl;

	@BeforeAll
	static void readOrcl() {
		orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
	}

	@Test
	void rollingFoldsSlideFixedTrainWindowsByOneTestWindow() {
		assertThat(WalkForward.folds(100, 40, 20, 3, WalkForward.Window.ROLLING))
			.containsExactly(new Fold(0, 0, 40, 40, 60), new Fold(1, 20, 60, 60, 80), new Fold(2, 40, 80, 80, 100));
	}

	@Test
	void anchoredFoldsGrowTheTrainWindowFromTheFirstBar() {
		assertThat(WalkForward.folds(105, 40, 20, 3, WalkForward.Window.ANCHORED))
			.containsExactly(new Fold(0, 0, 40, 40, 60), new Fold(1, 0, 60, 60, 80), new Fold(2, 0, 80, 80, 100));
	}

	@Test
	void foldsNeedEnoughBarsAndNonEmptyDisjointWindows() {
		assertThatThrownBy(() -> WalkForward.folds(99, 40, 20, 3, WalkForward.Window.ROLLING))
			.hasMessageContaining("need 100 bars, the series has 99");
		assertThatThrownBy(() -> WalkForward.folds(100, 0, 20, 3, WalkForward.Window.ROLLING))
			.hasMessageContaining("must be positive");
		assertThatThrownBy(() -> new Fold(0, 0, 50, 40, 60)).hasMessageContaining("end before test");
		assertThatThrownBy(() -> new Fold(0, 10, 10, 10, 20)).hasMessageContaining("non-empty");
	}

	@Test
	void eachFoldRunsTheBestTrainParametersOnItsTestWindowAndStitchesTheEquity() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION,
				List.of(ParamRange.values("period", List.of(BigDecimal.valueOf(10), BigDecimal.valueOf(14))),
						ParamRange.of("low", "25", "35", "5", true)));
		List<Fold> folds = WalkForward.folds(orcl.size(), 750, 250, 4, WalkForward.Window.ROLLING);
		WalkForwardResult result = WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep,
				Metric.TOTAL_RETURN, folds, 2, () -> false);

		assertThat(result.folds()).extracting(FoldResult::fold).isEqualTo(folds);
		double[] equity = result.equity();
		long[] times = result.times();
		// the test windows, in order and nothing else: bars 750 to 1750
		assertThat(times).containsExactly(LongStream.range(750, 1750).map((i) -> orcl.time((int) i)).toArray());
		double compounded = 1;
		for (FoldResult fold : result.folds()) {
			Fold windows = fold.fold();
			// the chosen parameters beat every other combination on the train bars alone
			BarSeries train = WalkForward.slice(orcl, windows.trainFrom(), windows.trainTo());
			assertThat(train.time(train.size() - 1)).isLessThan(orcl.time(windows.testFrom()));
			double chosen = totalReturn(train, fold);
			for (int c = 0; c < sweep.size(); c++) {
				double other = Backtest
					.run(train, SweepTest.SETTINGS, RsiThreshold.DEFINITION.create(sweep.combination(c)))
					.equity()[train.size() - 1] / 100_000 - 1;
				assertThat(chosen).isGreaterThanOrEqualTo(other);
			}
			assertThat(fold.inSample().totalReturn()).isCloseTo(chosen, within(1e-15));
			// out of sample: a direct backtest of the test bars with those parameters
			BarSeries test = WalkForward.slice(orcl, windows.testFrom(), windows.testTo());
			BacktestResult direct = Backtest.run(test, SweepTest.SETTINGS,
					RsiThreshold.DEFINITION.create(fold.params()));
			assertThat(fold.outOfSample()).isEqualTo(Figures.of(direct, SweepTest.SCORING));
			// its segment of the stitched curve has the same returns, compounded on
			double[] segment = Arrays.copyOfRange(equity, windows.testFrom() - 750, windows.testTo() - 750);
			double[] own = direct.equity();
			for (int i = 0; i < segment.length; i++) {
				assertThat(segment[i] / segment[0]).isCloseTo(own[i] / own[0], within(1e-12));
			}
			assertThat(segment[0]).isCloseTo(100_000 * compounded, within(1e-6));
			compounded *= 1 + fold.outOfSample().totalReturn();
		}
		assertThat(equity[equity.length - 1]).isCloseTo(100_000 * compounded, within(1e-6));
		assertThat(result.outOfSample().totalReturn()).isCloseTo(compounded - 1, within(1e-12));
		// the folds did not all pick the same thing, or trade alike
		assertThat(result.folds().stream().map(FoldResult::outOfSample).distinct().count()).isEqualTo(4);
	}

	@Test
	void anchoredFoldsTrainOnEverythingBeforeTheirTestWindow() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("low", "25", "35", "5", true)));
		List<Fold> folds = WalkForward.folds(orcl.size(), 500, 500, 2, WalkForward.Window.ANCHORED);
		WalkForwardResult result = WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep, Metric.SHARPE,
				folds, 1, () -> false);
		FoldResult second = result.folds().get(1);
		BarSeries train = WalkForward.slice(orcl, 0, 1000);
		List<SweepResult> direct = sweep.run(train, SweepTest.SETTINGS, SweepTest.SCORING, 1, SweepProgress.NONE,
				() -> false);
		assertThat(second.params()).isEqualTo(Sweep.best(direct, Metric.SHARPE).orElseThrow().params());
		assertThat(second.inSample()).isEqualTo(Sweep.best(direct, Metric.SHARPE).orElseThrow().figures());
		assertThat(result.times()).hasSize(1000);
	}

	@Test
	void progressCountsEveryTrainBacktestOfEveryFoldOnce() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("low", "25", "35", "5", true)));
		List<Fold> folds = WalkForward.folds(orcl.size(), 500, 500, 3, WalkForward.Window.ROLLING);
		Set<Integer> reported = ConcurrentHashMap.newKeySet();
		Set<Integer> totals = ConcurrentHashMap.newKeySet();
		WalkForwardResult withProgress = WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep,
				Metric.SHARPE, folds, 2, (done, total) -> {
					assertThat(reported.add(done)).as("%d reported once", done).isTrue();
					totals.add(total);
				}, () -> false);

		assertThat(totals).containsExactly(9);
		assertThat(reported).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9);
		WalkForwardResult without = WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep, Metric.SHARPE,
				folds, 1, () -> false);
		assertThat(withProgress.folds()).isEqualTo(without.folds());
		assertThat(withProgress.equity()).containsExactly(without.equity());
	}

	@Test
	void aFoldWhereNoCombinationHasTheMetricSaysWhichFold() {
		// RSI never falls below 0, so no trade, a flat curve and no Sharpe ratio
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("low", "0", "0", "1", true)));
		List<Fold> folds = WalkForward.folds(orcl.size(), 500, 500, 2, WalkForward.Window.ROLLING);
		assertThatThrownBy(() -> WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep, Metric.SHARPE,
				folds, 1, () -> false))
			.isInstanceOfSatisfying(NoBestCombinationException.class, (ex) -> {
				assertThat(ex.fold()).isEqualTo(folds.get(0));
				assertThat(ex.metric()).isEqualTo(Metric.SHARPE);
			})
			.hasMessage("fold 0: no combination has a SHARPE on the train window");
	}

	@Test
	void aCancelledWalkForwardStopsInItsFirstSweep() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("low", "25", "35", "5", true)));
		List<Fold> folds = WalkForward.folds(orcl.size(), 500, 500, 2, WalkForward.Window.ROLLING);
		assertThatThrownBy(() -> WalkForward.run(orcl, SweepTest.SETTINGS, SweepTest.SCORING, sweep, Metric.SHARPE,
				folds, 1, () -> true))
			.isInstanceOf(CancellationException.class)
			.hasMessageContaining("after 0 of 3");
	}

	private static double totalReturn(BarSeries bars, FoldResult fold) {
		double[] equity = Backtest.run(bars, SweepTest.SETTINGS, RsiThreshold.DEFINITION.create(fold.params()))
			.equity();
		return equity[equity.length - 1] / equity[0] - 1;
	}

}
