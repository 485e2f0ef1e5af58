package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.Fill;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Side;
import sage.engine.sim.Simulator;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * grid on hand-written synthetic closes: each bar opens at the previous close, with wicks
 * half a point beyond open and close. Tick 0.01, lot 1, cash 10000, no fees.
 */
class GridTest {

	@Test
	void placesArithmeticBuysAtTheLevelsBelowTheClose() {
		Grid grid = grid(Map.of("lower", 90, "upper", 110, "levels", 5));
		Simulator simulator = run(grid, 102);
		assertThat(grid.levels()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(dec("90"), dec("95"), dec("100"), dec("105"), dec("110"));
		// 105 and 110 lie above the close: no buys there
		assertThat(limits(simulator.openOrders())).containsExactly(tuple(Side.BUY, "100.00", "1"),
				tuple(Side.BUY, "95.00", "1"), tuple(Side.BUY, "90.00", "1"));
	}

	@Test
	void placesGeometricLevelsWithBuysRoundedDownAndSellsUp() {
		// 100 * 10^(k/3): 100, 215.443469..., 464.158883..., 1000
		Grid grid = grid(Map.of("lower", 100, "upper", 1000, "levels", 4, "geometric", 1));
		Simulator simulator = run(grid, 500, 460);
		assertThat(grid.levels().get(1).doubleValue()).isCloseTo(215.443469, org.assertj.core.data.Offset.offset(1e-6));
		assertThat(grid.levels().get(2).doubleValue()).isCloseTo(464.158883, org.assertj.core.data.Offset.offset(1e-6));
		// bar 1 dips to 459.5: the buy at 464.15 fills and its sell goes one level up,
		// rounded up
		assertThat(simulator.fills()).extracting(Fill::bar, Fill::side, (fill) -> fill.price().toPlainString())
			.containsExactly(tuple(1, Side.BUY, "464.15"));
		assertThat(limits(simulator.openOrders())).containsExactly(tuple(Side.BUY, "215.44", "1"),
				tuple(Side.BUY, "100.00", "1"), tuple(Side.SELL, "1000.00", "1"));
	}

	@Test
	void completesCyclesOnAnOscillatingSeries() {
		Grid grid = grid(Map.of("lower", 90, "upper", 110, "levels", 5));
		// every dip to 93.5 fills the buy at 95, every rise to 102.5 fills its sell at
		// 100
		Simulator simulator = run(grid, 102, 94, 102, 94, 102, 94, 102, 94, 102);
		assertThat(simulator.fills()).extracting(Fill::bar, Fill::side, (fill) -> fill.price().intValue())
			.containsExactly(tuple(1, Side.BUY, 100), tuple(1, Side.BUY, 95), tuple(2, Side.SELL, 100),
					tuple(3, Side.BUY, 95), tuple(4, Side.SELL, 100), tuple(5, Side.BUY, 95), tuple(6, Side.SELL, 100),
					tuple(7, Side.BUY, 95), tuple(8, Side.SELL, 100));
		assertThat(grid.completedCycles()).isEqualTo(4);
		// the unit bought at 100 still waits for 105; four cycles made 5 each: cash
		// 10000 - 100 + 4 * 5 (the ledger's realised P&L averages the cost, so it is
		// not 20)
		assertThat(simulator.position().quantity()).isEqualByComparingTo("1");
		assertThat(simulator.cash()).isEqualByComparingTo("9920");
	}

	@Test
	void stopsAndClosesWhenTheCloseLeavesTheRange() {
		Grid grid = grid(Map.of("lower", 90, "upper", 110, "levels", 5));
		Simulator simulator = run(grid, 102, 94, 88, 100, 94, 102);
		// close 88 on bar 2 is below 90: everything cancelled, 3 sold at the next open
		assertThat(simulator.fills())
			.extracting(Fill::bar, Fill::side, (fill) -> fill.price().intValue(), (fill) -> fill.quantity().intValue())
			.containsExactly(tuple(1, Side.BUY, 100, 1), tuple(1, Side.BUY, 95, 1), tuple(2, Side.BUY, 90, 1),
					tuple(3, Side.SELL, 88, 3));
		assertThat(grid.isStopped()).isTrue();
		assertThat(simulator.openOrders()).isEmpty();
	}

	@Test
	void recentresOnTheCloseWhenTheCloseLeavesTheRange() {
		Grid grid = grid(Map.of("lower", 90, "upper", 110, "levels", 5, "rebalance", 1));
		Simulator simulator = run(grid, 102, 94, 88, 86, 83, 88);
		// the middle 100 moves to 88 on bar 2: 78..98 in steps of 5; bar 4 dips to 82.5
		// and buys at 83, bar 5 sells it at 88
		assertThat(grid.levels()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(dec("78"), dec("83"), dec("88"), dec("93"), dec("98"));
		assertThat(simulator.fills())
			.extracting(Fill::bar, Fill::side, (fill) -> fill.price().intValue(), (fill) -> fill.quantity().intValue())
			.containsExactly(tuple(1, Side.BUY, 100, 1), tuple(1, Side.BUY, 95, 1), tuple(2, Side.BUY, 90, 1),
					tuple(3, Side.SELL, 88, 3), tuple(4, Side.BUY, 83, 1), tuple(5, Side.SELL, 88, 1));
		assertThat(grid.completedCycles()).isEqualTo(1);
		assertThat(grid.isStopped()).isFalse();
	}

	@Test
	void stopsAtTheGridStopLossOnEquity() {
		Grid grid = grid(Map.of("lower", 90, "upper", 110, "levels", 5, "quantityPerLevel", 10, "stopLossPercent", 1));
		// holding 20 bought at 100 and 95: equity 9930 at 94 (-0.7%), 9890 at 92 (-1.1%)
		Simulator simulator = run(grid, 102, 94, 92, 93);
		assertThat(simulator.fills()).extracting(Fill::bar, Fill::side, (fill) -> fill.quantity().intValue())
			.containsExactly(tuple(1, Side.BUY, 10), tuple(1, Side.BUY, 10), tuple(3, Side.SELL, 20));
		assertThat(grid.isStopped()).isTrue();
	}

	@Test
	void stopsAtTheGridTakeProfitOnEquity() {
		Grid grid = grid(
				Map.of("lower", 90, "upper", 110, "levels", 5, "quantityPerLevel", 10, "takeProfitPercent", 1));
		// cycles 95 -> 100 (bar 2) and 100 -> 105 (bar 3) leave 10100 flat: +1%
		Simulator simulator = run(grid, 102, 94, 102, 108, 94);
		assertThat(grid.completedCycles()).isEqualTo(2);
		assertThat(grid.isStopped()).isTrue();
		assertThat(simulator.openOrders()).isEmpty();
		assertThat(simulator.fills()).extracting(Fill::bar).containsExactly(1, 1, 2, 3);
	}

	@Test
	void centresOnTheFirstCloseWhenNoRangeIsGiven() {
		Grid grid = grid(Map.of("levels", 5, "rangePercent", 10));
		assertThat(grid.levels()).isEmpty();
		Simulator simulator = run(grid, 200);
		assertThat(grid.levels()).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(dec("180"), dec("190"), dec("200"), dec("210"), dec("220"));
		assertThat(limits(simulator.openOrders())).containsExactly(tuple(Side.BUY, "190.00", "1"),
				tuple(Side.BUY, "180.00", "1"));
	}

	@Test
	void rejectsALowerAboveTheUpper() {
		assertThatIllegalArgumentException().isThrownBy(() -> grid(Map.of("lower", 110, "upper", 90)));
		assertThatIllegalArgumentException().isThrownBy(() -> grid(Map.of("lower", 0, "upper", 90)));
	}

	private static List<org.assertj.core.groups.Tuple> limits(List<OpenOrder> orders) {
		return orders.stream()
			.map(OpenOrder::order)
			.map((order) -> (Order.Limit) order)
			.map((limit) -> tuple(limit.side(), limit.limitPrice().toPlainString(), limit.quantity().toPlainString()))
			.toList();
	}

	private static Simulator run(Strategy strategy, double... closes) {
		return StrategyLedgerProperties.runChecked(series(closes), SyntheticBars.plain(), strategy);
	}

	/**
	 * A grid with {@code params} over an arithmetic grid that stops when the close leaves
	 * the range: the tests pin what they rely on rather than the published defaults.
	 */
	static Grid grid(Map<String, Number> params) {
		Map<String, BigDecimal> given = new HashMap<>(
				Map.of("geometric", BigDecimal.ZERO, "rebalance", BigDecimal.ZERO, "rangePercent", BigDecimal.TEN));
		params.forEach((name, value) -> given.put(name, new BigDecimal(value.toString())));
		return (Grid) Grid.DEFINITION.create(given);
	}

	private static BarSeries series(double[] closes) {
		return HyperRsiTest.series(closes);
	}

	private static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

}
