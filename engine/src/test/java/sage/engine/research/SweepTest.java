package sage.engine.research;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sage.engine.metrics.Annualisation;
import sage.engine.metrics.BacktestReport;
import sage.engine.series.BarSeries;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Backtest;
import sage.engine.strategy.RsiThreshold;
import sage.engine.strategy.SmaCross;
import sage.engine.strategy.StrategyDefinition;
import sage.engine.strategy.YahooCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sweeps of {@code rsi-threshold} over ORCL daily 1995-2014 (the backtrader reference
 * series), 24 combinations: period 10..20 step 2, low 20..35 step 5.
 */
class SweepTest {

	static final Scoring SCORING = new Scoring(0.01, Annualisation.of(252));

	static final SimulationSettings SETTINGS = new SimulationSettings(
			new InstrumentSpec(new BigDecimal("0.000001"), BigDecimal.ONE, BigDecimal.ZERO),
			PercentFee.of(new BigDecimal("0.001")), new NoSlippage(), new BigDecimal("100000"));

	private static BarSeries orcl;

	@BeforeAll
	static void readOrcl() {
		orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
	}

	static List<ParamRange> grid() {
		return List.of(ParamRange.of("period", "10", "20", "2", true), ParamRange.of("low", "20", "35", "5", true));
	}

	/** rsi-threshold whose factory counts the instances it makes. */
	static StrategyDefinition counting(AtomicInteger made) {
		StrategyDefinition rsi = RsiThreshold.DEFINITION;
		return new StrategyDefinition(rsi.id(), rsi.description(), rsi.params(), (params) -> {
			made.incrementAndGet();
			return rsi.factory().apply(params);
		});
	}

	@Test
	void combinationsRunInNestedLoopOrderLastRangeFastest() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, grid());
		assertThat(sweep.size()).isEqualTo(24);
		assertThat(sweep.combination(0)).containsExactly(Map.entry("period", new BigDecimal("10")),
				Map.entry("low", new BigDecimal("20")));
		assertThat(sweep.combination(1)).containsExactly(Map.entry("period", new BigDecimal("10")),
				Map.entry("low", new BigDecimal("25")));
		assertThat(sweep.combination(4)).containsExactly(Map.entry("period", new BigDecimal("12")),
				Map.entry("low", new BigDecimal("20")));
		assertThat(sweep.combination(23)).containsExactly(Map.entry("period", new BigDecimal("20")),
				Map.entry("low", new BigDecimal("35")));
	}

	@Test
	void eachCombinationHasTheFiguresOfADirectBacktest() {
		List<SweepResult> results = Sweep.of(RsiThreshold.DEFINITION, grid())
			.run(orcl, SETTINGS, SCORING, 2, SweepProgress.NONE, () -> false);
		assertThat(results).hasSize(24);
		for (int i = 0; i < results.size(); i++) {
			SweepResult result = results.get(i);
			assertThat(result.index()).isEqualTo(i);
			BacktestReport direct = BacktestReport.of(orcl,
					Backtest.run(orcl, SETTINGS, RsiThreshold.DEFINITION.create(result.params())), 0.01,
					Annualisation.of(252));
			assertThat(result.figures()).as(result.params().toString())
				.isEqualTo(new Figures(direct.strategy().totalReturn(), direct.strategy().cagr(),
						direct.strategy().sharpe(), direct.strategy().sortino(), direct.strategy().maxDrawdown(),
						direct.trades().profitFactor(), direct.trades().count()));
		}
		// the grid matters: 20 of the 24 combinations end differently (some lows trade
		// alike)
		assertThat(results.stream().map((result) -> result.figures().totalReturn()).distinct().count())
			.isGreaterThanOrEqualTo(20);
		assertThat(results.stream().mapToInt((result) -> result.figures().tradeCount()).distinct().count())
			.isGreaterThan(5);
	}

	@Test
	void resultsAreIdenticalOnOneTwoAndFourThreads() {
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION, grid());
		List<SweepResult> one = sweep.run(orcl, SETTINGS, SCORING, 1, SweepProgress.NONE, () -> false);
		List<SweepResult> two = sweep.run(orcl, SETTINGS, SCORING, 2, SweepProgress.NONE, () -> false);
		List<SweepResult> four = sweep.run(orcl, SETTINGS, SCORING, 4, SweepProgress.NONE, () -> false);
		assertThat(two).isEqualTo(one);
		assertThat(four).isEqualTo(one);
	}

	@Test
	void rejectsMoreThanAMillionCombinationsNamingTheCountBeforeAnyRun() {
		AtomicInteger made = new AtomicInteger();
		// 499 periods x 10001 lows
		assertThatThrownBy(() -> Sweep.of(counting(made),
				List.of(ParamRange.of("period", "2", "500", "1", true),
						ParamRange.of("low", "0", "100", "0.01", true))))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("4990499 combinations");
		assertThat(made).hasValue(0);
		// exactly the cap is allowed: 1000 x 1000 lows and highs
		assertThat(Sweep
			.of(RsiThreshold.DEFINITION, List.of(ParamRange.of("low", "0", "10", "0.01", false),
					ParamRange.of("high", "90", "100", "0.01", false)))
			.size()).isEqualTo(1_000_000);
	}

	@Test
	void rejectsValuesOutsideTheSchemaBeforeAnyRun() {
		AtomicInteger made = new AtomicInteger();
		StrategyDefinition rsi = counting(made);
		assertThatThrownBy(() -> Sweep.of(rsi, List.of(ParamRange.of("period", "1", "10", "1", true))))
			.hasMessageContaining("period must lie in [2, 500]: 1");
		assertThatThrownBy(() -> Sweep.of(rsi, List.of(ParamRange.of("low", "90", "110", "10", true))))
			.hasMessageContaining("low must lie in [0, 100]: 110");
		// exclusive: 90, 100 only, both accepted
		assertThat(Sweep.of(rsi, List.of(ParamRange.of("low", "90", "110", "10", false))).size()).isEqualTo(2);
		assertThatThrownBy(() -> Sweep.of(rsi, List.of(ParamRange.of("period", "10", "12", "0.5", true))))
			.hasMessageContaining("period must be a whole number");
		assertThatThrownBy(() -> Sweep.of(rsi,
				List.of(ParamRange.values("period", List.of(new BigDecimal("14"), new BigDecimal("14.5"))))))
			.hasMessageContaining("period must be a whole number: 14.5");
		assertThatThrownBy(() -> Sweep.of(rsi, List.of(ParamRange.of("lookback", "1", "2", "1", true))))
			.hasMessageContaining("rsi-threshold has no parameter lookback");
		assertThatThrownBy(() -> Sweep.of(rsi,
				List.of(ParamRange.of("low", "10", "20", "5", true), ParamRange.of("low", "30", "40", "5", true))))
			.hasMessageContaining("low is swept twice");
		assertThatThrownBy(() -> ParamRange.of("low", "10", "20", "0", true)).hasMessageContaining("step");
		assertThatThrownBy(() -> ParamRange.of("low", "20", "10", "1", true)).hasMessageContaining("empty");
		assertThat(made).hasValue(0);
	}

	@Test
	void progressReportsEachCountOnceUpToTheTotal() {
		ConcurrentLinkedQueue<int[]> calls = new ConcurrentLinkedQueue<>();
		Sweep.of(RsiThreshold.DEFINITION, grid())
			.run(orcl, SETTINGS, SCORING, 4, (done, total) -> calls.add(new int[] { done, total }), () -> false);
		assertThat(calls).hasSize(24).allSatisfy((call) -> assertThat(call[1]).isEqualTo(24));
		assertThat(calls.stream().mapToInt((call) -> call[0]).sorted().toArray())
			.containsExactly(IntStream.rangeClosed(1, 24).toArray());
	}

	@Test
	void aCancelFlagStopsTheSweepEarly() {
		AtomicInteger made = new AtomicInteger();
		AtomicBoolean cancel = new AtomicBoolean();
		Sweep sweep = Sweep.of(counting(made), grid());
		assertThatThrownBy(() -> sweep.run(orcl, SETTINGS, SCORING, 2, (done, total) -> {
			if (done >= 3) {
				cancel.set(true);
			}
		}, cancel::get)).isInstanceOf(CancellationException.class).hasMessageContaining("of 24 combinations");
		// each of the two workers may have started one more after the third finished
		assertThat(made.get()).isBetween(3, 5);
	}

	@Test
	void anInterruptedCallerStopsTheSweepAndKeepsItsInterruptFlag() throws InterruptedException {
		AtomicInteger made = new AtomicInteger();
		Sweep sweep = Sweep.of(counting(made), grid());
		try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
			Thread.currentThread().interrupt();
			assertThatThrownBy(() -> sweep.run(orcl, SETTINGS, SCORING, pool, 1, SweepProgress.NONE, () -> false))
				.isInstanceOf(CancellationException.class);
			assertThat(Thread.interrupted()).isTrue();
		}
		assertThat(made.get()).isLessThan(24);
	}

	@Test
	void aFailingCallbackStopsTheSweepAndSurfacesItsException() {
		AtomicInteger made = new AtomicInteger();
		IllegalStateException boom = new IllegalStateException("progress sink closed");
		assertThatThrownBy(() -> Sweep.of(counting(made), grid()).run(orcl, SETTINGS, SCORING, 2, (done, total) -> {
			throw boom;
		}, () -> false)).isInstanceOf(IllegalStateException.class).hasCause(boom);
		// the worker that threw stops everyone: at most one more backtest per worker
		assertThat(made.get()).isBetween(1, 3);
	}

	@Test
	void combinationsTheStrategyRefusesAreReportedAndTheRestRun() {
		List<SweepResult> results = Sweep
			.of(SmaCross.DEFINITION,
					List.of(ParamRange.values("fast", List.of(new BigDecimal("10"), new BigDecimal("50"))),
							ParamRange.values("slow", List.of(new BigDecimal("30"), new BigDecimal("60")))))
			.run(orcl, SETTINGS, SCORING, 2, SweepProgress.NONE, () -> false);
		assertThat(results).extracting(SweepResult::isRefused).containsExactly(false, false, true, false);
		assertThat(results.get(2).refusal()).contains("fast must be shorter than slow");
		assertThat(results.get(3).figures().tradeCount()).isPositive();
	}

	@Test
	void bestPicksTheTopValueSkipsRefusalsAndNaNAndBreaksTiesByOrder() {
		List<SweepResult> results = new ArrayList<>();
		results.add(result(0, new Figures(0.10, 0.01, Double.NaN, 0.5, 0.30, 1.5, 4)));
		results.add(result(1, new Figures(0.40, 0.03, 1.2, 0.5, 0.10, 2.0, 6)));
		results.add(new SweepResult(2, Map.of("period", BigDecimal.TEN), null, "refused"));
		results.add(result(3, new Figures(0.40, 0.03, 0.9, 0.7, 0.10, Double.POSITIVE_INFINITY, 2)));
		assertThat(Sweep.best(results, Metric.TOTAL_RETURN)).get().extracting(SweepResult::index).isEqualTo(1);
		assertThat(Sweep.best(results, Metric.SHARPE)).get().extracting(SweepResult::index).isEqualTo(1);
		assertThat(Sweep.best(results, Metric.SORTINO)).get().extracting(SweepResult::index).isEqualTo(3);
		assertThat(Sweep.best(results, Metric.MAX_DRAWDOWN)).get().extracting(SweepResult::index).isEqualTo(1);
		assertThat(Sweep.best(results, Metric.PROFIT_FACTOR)).get().extracting(SweepResult::index).isEqualTo(3);
		assertThat(Sweep.best(results, Metric.TRADE_COUNT)).get().extracting(SweepResult::index).isEqualTo(1);
		assertThat(Sweep.best(results.subList(0, 1), Metric.SHARPE)).isEmpty();
	}

	private static SweepResult result(int index, Figures figures) {
		return new SweepResult(index, Map.of("period", BigDecimal.valueOf(index + 2)), figures, null);
	}

}
