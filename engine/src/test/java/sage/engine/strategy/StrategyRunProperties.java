package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.Fill;
import sage.engine.sim.SyntheticBars;
import sage.engine.strategy.StrategyRun.OrderEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stepping a strategy bar by bar (paper trading) equals running it in one go (a
 * backtest): the same fills, in the same order, and the same final ledger; every fill and
 * every end is reported once, for an order that was submitted. Synthetic random-walk
 * bars.
 */
class StrategyRunProperties {

	@Property(tries = 100)
	void gridSteppedEqualsBacktest(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("lower", BigDecimal.valueOf(90), "upper", BigDecimal.valueOf(110),
				"levels", BigDecimal.valueOf(8), "geometric", BigDecimal.ONE, "rebalance", BigDecimal.ONE,
				"quantityPerLevel", BigDecimal.valueOf(3), "stopLossPercent", BigDecimal.valueOf(30));
		assertSteppedEqualsBacktest(SyntheticBars.walk(moves), () -> Grid.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void hyperRsiSteppedEqualsBacktest(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("rsiPeriod", BigDecimal.valueOf(4), "emaPeriod", BigDecimal.valueOf(8),
				"allowShort", BigDecimal.ONE, "maxEntries", BigDecimal.valueOf(3), "entrySpacingAtr", BigDecimal.ONE,
				"sizing", BigDecimal.ONE, "trailingPercent", BigDecimal.valueOf(2));
		assertSteppedEqualsBacktest(SyntheticBars.walk(moves), () -> HyperRsi.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void smaCrossSteppedEqualsBacktest(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("fast", BigDecimal.valueOf(3), "slow", BigDecimal.valueOf(8), "size",
				BigDecimal.TEN);
		assertSteppedEqualsBacktest(SyntheticBars.walk(moves), () -> SmaCross.DEFINITION.create(params));
	}

	/**
	 * A gate that refuses every third order: refused orders never fill or end, the others
	 * are numbered in submission order and each fill names an order that went through.
	 */
	@Property(tries = 100)
	void refusedOrdersNeverReachTheSimulator(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("lower", BigDecimal.valueOf(90), "upper", BigDecimal.valueOf(110),
				"levels", BigDecimal.valueOf(8), "geometric", BigDecimal.ZERO, "rebalance", BigDecimal.ONE,
				"quantityPerLevel", BigDecimal.valueOf(2), "stopLossPercent", BigDecimal.valueOf(30));
		StrategyRun run = new StrategyRun(SyntheticBars.walk(moves), SyntheticBars.plain(),
				Grid.DEFINITION.create(params), (r, number, order) -> (number % 3 == 0) ? "every third" : null);
		Map<Integer, String> lifecycle = new HashMap<>();
		int expectedNumber = 1;
		while (run.hasNext()) {
			for (OrderEvent event : run.step().events()) {
				switch (event) {
					case OrderEvent.Submitted s -> {
						assertThat(s.number()).isEqualTo(expectedNumber++).isNotEqualTo(0);
						assertThat(s.number() % 3).isNotZero();
						lifecycle.put(s.number(), "working");
					}
					case OrderEvent.Refused r -> {
						assertThat(r.number()).isEqualTo(expectedNumber++);
						assertThat(r.number() % 3).isZero();
						lifecycle.put(r.number(), "refused");
					}
					case OrderEvent.Filled f -> assertThat(lifecycle.put(f.number(), "filled")).isEqualTo("working");
					case OrderEvent.Ended e -> assertThat(lifecycle.put(e.number(), "ended")).isEqualTo("working");
				}
			}
		}
		assertThat(run.workingOrders()).allSatisfy((n) -> assertThat(lifecycle.get(n)).isEqualTo("working"));
	}

	private static void assertSteppedEqualsBacktest(BarSeries bars, Supplier<Strategy> strategies) {
		BacktestResult backtest = Backtest.run(bars, SyntheticBars.plain(), strategies.get());
		StrategyRun run = new StrategyRun(bars, SyntheticBars.plain(), strategies.get(), StrategyRun.OrderGate.OPEN);
		List<Fill> reported = new ArrayList<>();
		while (run.hasNext()) {
			for (OrderEvent event : run.step().events()) {
				if (event instanceof OrderEvent.Filled filled) {
					reported.add(filled.fill());
				}
			}
		}
		assertThat(reported).isEqualTo(backtest.fills());
		assertThat(run.fills()).isEqualTo(backtest.fills());
		assertThat(run.account()).isEqualTo(backtest.finalAccount());
		assertThat(run.equity()).isEqualByComparingTo(backtest.finalEquity());
	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4).ofMaxSize(600);
	}

}
