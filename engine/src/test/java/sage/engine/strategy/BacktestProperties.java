package sage.engine.strategy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
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
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.Side;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No look-ahead (freqtrade's check as a property): running a strategy on the bars up to t
 * gives the same fills and equity up to t as running it on the whole series. Synthetic
 * random-walk bars.
 */
class BacktestProperties {

	@Property(tries = 100)
	void rsiThresholdSeesNoFutureBars(@ForAll("moves") List<Integer> moves, @ForAll("cuts") List<Integer> cuts) {
		Map<String, BigDecimal> params = Map.of("period", BigDecimal.valueOf(5), "low", BigDecimal.valueOf(40), "high",
				BigDecimal.valueOf(60), "size", BigDecimal.TEN);
		assertNoLookAhead(SyntheticBars.walk(moves), cuts, () -> RsiThreshold.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void smaCrossSeesNoFutureBars(@ForAll("moves") List<Integer> moves, @ForAll("cuts") List<Integer> cuts) {
		Map<String, BigDecimal> params = Map.of("fast", BigDecimal.valueOf(3), "slow", BigDecimal.valueOf(8), "size",
				BigDecimal.TEN);
		assertNoLookAhead(SyntheticBars.walk(moves), cuts, () -> SmaCross.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void hyperRsiSeesNoFutureBars(@ForAll("moves") List<Integer> moves, @ForAll("cuts") List<Integer> cuts) {
		Map<String, BigDecimal> params = Map.of("rsiPeriod", BigDecimal.valueOf(4), "emaPeriod", BigDecimal.valueOf(8),
				"allowShort", BigDecimal.ONE, "maxEntries", BigDecimal.valueOf(3), "entrySpacingAtr", BigDecimal.ONE,
				"sizing", BigDecimal.ONE, "trailingPercent", BigDecimal.valueOf(2));
		assertNoLookAhead(SyntheticBars.walk(moves), cuts, () -> HyperRsi.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void gridSeesNoFutureBars(@ForAll("moves") List<Integer> moves, @ForAll("cuts") List<Integer> cuts) {
		Map<String, BigDecimal> params = Map.of("lower", BigDecimal.valueOf(90), "upper", BigDecimal.valueOf(110),
				"levels", BigDecimal.valueOf(8), "geometric", BigDecimal.ONE, "rebalance", BigDecimal.ONE,
				"quantityPerLevel", BigDecimal.valueOf(3), "stopLossPercent", BigDecimal.valueOf(30));
		assertNoLookAhead(SyntheticBars.walk(moves), cuts, () -> Grid.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void aStrategyUsingStopsAndLimitsSeesNoFutureBars(@ForAll("moves") List<Integer> moves,
			@ForAll("cuts") List<Integer> cuts) {
		assertNoLookAhead(SyntheticBars.walk(moves), cuts, () -> BacktestProperties::bracketEveryFifthBar);
	}

	/**
	 * Buys at market and brackets the position with a stop and a target, on every fifth
	 * bar.
	 */
	private static void bracketEveryFifthBar(StrategyContext context) {
		if (context.index() % 5 != 0) {
			return;
		}
		BigDecimal close = BigDecimal.valueOf(context.bars().lastClose()).setScale(2);
		if (context.position().isFlat()) {
			context.openOrders().forEach((order) -> context.cancel(order.id()));
			context.submit(Order.market(Side.BUY, BigDecimal.ONE));
			context.submit(Order
				.stop(Side.SELL, BigDecimal.ONE, close.multiply(new BigDecimal("0.98")).setScale(2, RoundingMode.FLOOR))
				.asReduceOnly());
			context.submit(
					Order
						.limit(Side.SELL, BigDecimal.ONE,
								close.multiply(new BigDecimal("1.02")).setScale(2, RoundingMode.CEILING))
						.asReduceOnly());
		}
	}

	private static void assertNoLookAhead(BarSeries bars, List<Integer> cuts, Supplier<Strategy> strategies) {
		for (int cut : cuts) {
			assertNoLookAhead(bars, cut % bars.size(), strategies);
		}
	}

	private static void assertNoLookAhead(BarSeries bars, int t, Supplier<Strategy> strategies) {
		BarSeries upToT = bars.between(bars.time(0), bars.time(t) + 1);
		List<String> fullDecisions = new ArrayList<>();
		List<String> partialDecisions = new ArrayList<>();
		BacktestResult full = Backtest.run(bars, SyntheticBars.plain(), recording(strategies.get(), fullDecisions));
		BacktestResult partial = Backtest.run(upToT, SyntheticBars.plain(),
				recording(strategies.get(), partialDecisions));
		// decisions at the close of bar t fill only after t: compare them, not just the
		// fills
		List<String> fullUpToT = fullDecisions.stream()
			.filter((decision) -> Integer.parseInt(decision.substring(0, decision.indexOf(' '))) <= t)
			.toList();
		assertThat(partialDecisions).isEqualTo(fullUpToT);
		assertThat(partial.fills()).isEqualTo(full.fills().stream().filter((fill) -> fill.bar() <= t).toList());
		assertThat(partial.equity()).containsExactly(Arrays.copyOf(full.equity(), t + 1));
	}

	/** The strategy, writing down every order it submits as "bar order". */
	private static Strategy recording(Strategy strategy, List<String> decisions) {
		return (context) -> strategy.onBar(new StrategyContext() {
			@Override
			public int index() {
				return context.index();
			}

			@Override
			public ClosedBars bars() {
				return context.bars();
			}

			@Override
			public Position position() {
				return context.position();
			}

			@Override
			public BigDecimal cash() {
				return context.cash();
			}

			@Override
			public InstrumentSpec instrument() {
				return context.instrument();
			}

			@Override
			public List<OpenOrder> openOrders() {
				return context.openOrders();
			}

			@Override
			public long submit(Order order) {
				decisions.add(context.index() + " " + order);
				return context.submit(order);
			}

			@Override
			public boolean cancel(long orderId) {
				decisions.add(context.index() + " cancel " + orderId);
				return context.cancel(orderId);
			}
		});
	}

	/**
	 * Several cut points per series, so that a decision at the cut is likely to be
	 * tested.
	 */
	@Provide
	Arbitrary<List<Integer>> cuts() {
		return Arbitraries.integers().between(0, 1000).list().ofSize(12);
	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4).ofMaxSize(800);
	}

}
