package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import sage.engine.series.BarSeries;
import sage.engine.sim.Account;
import sage.engine.sim.Fill;
import sage.engine.sim.FixedSlippage;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Position;
import sage.engine.sim.SimulationSettings;
import sage.engine.sim.Simulator;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is conserved after every bar while a strategy trades (exchange-core's balance
 * check): cash plus position value equals initial cash plus realised and unrealised
 * P&amp;L minus fees, and cash equals what the fills say. Synthetic random-walk bars,
 * fees and slippage on.
 */
class StrategyLedgerProperties {

	static final SimulationSettings SETTINGS = new SimulationSettings(
			new InstrumentSpec(new BigDecimal("0.01"), new BigDecimal("0.001"), BigDecimal.ONE),
			new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001")), FixedSlippage.ticks(1),
			new BigDecimal("100000"));

	@Property(tries = 100)
	void hyperRsiConservesMoney(@ForAll("moves") List<Integer> moves,
			@ForAll("hyperRsiParams") Map<String, BigDecimal> params) {
		runChecked(SyntheticBars.walk(moves), HyperRsi.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void gridConservesMoneyAndTradesOnTheLot(@ForAll("moves") List<Integer> moves,
			@ForAll @IntRange(min = 1, max = 50000) int quantityThousandths, @ForAll @IntRange(max = 1) int geometric,
			@ForAll @IntRange(max = 1) int rebalance) {
		Strategy grid = Grid.DEFINITION.create(Map.of("lower", BigDecimal.valueOf(85), "upper", BigDecimal.valueOf(115),
				"levels", BigDecimal.valueOf(12), "geometric", BigDecimal.valueOf(geometric), "rebalance",
				BigDecimal.valueOf(rebalance), "quantityPerLevel", BigDecimal.valueOf(quantityThousandths, 4)));
		Simulator simulator = runChecked(SyntheticBars.walk(moves), grid);
		// quantities given in ten-thousandths, the lot is a thousandth: rounding is
		// needed
		assertThat(simulator.fills())
			.allSatisfy((fill) -> assertThat(SETTINGS.instrument().isOnLot(fill.quantity())).isTrue());
		assertThat(simulator.rejections()).noneSatisfy((rejection) -> assertThat(rejection.reason()).contains("lot"));
	}

	@Example
	void theHarnessTradesTheGridOnASeededWalk() {
		Grid grid = (Grid) Grid.DEFINITION
			.create(Map.of("lower", BigDecimal.valueOf(85), "upper", BigDecimal.valueOf(115), "levels",
					BigDecimal.valueOf(12), "rebalance", BigDecimal.ONE, "quantityPerLevel", new BigDecimal("1.2345")));
		Simulator simulator = runChecked(seededWalk(800), grid);
		assertThat(grid.completedCycles()).isGreaterThan(10);
		// 1.2345 rounds down to the lot 0.001; closing the position sells whole levels
		assertThat(simulator.fills())
			.allSatisfy((fill) -> assertThat(fill.quantity().remainder(new BigDecimal("1.234"))).isZero());
	}

	@Example
	void theHarnessTradesHyperRsiOnASeededWalk() {
		Simulator simulator = runChecked(seededWalk(800), HyperRsi.DEFINITION.create(Map.of("rsiPeriod",
				BigDecimal.valueOf(5), "emaPeriod", BigDecimal.valueOf(10), "allowShort", BigDecimal.ONE)));
		assertThat(simulator.fills()).hasSizeGreaterThan(10);
	}

	/** A synthetic random walk from a fixed seed: four moves per bar. */
	static BarSeries seededWalk(int bars) {
		Random random = new Random(42);
		return SyntheticBars.walk(IntStream.range(0, bars * 4).map((i) -> random.nextInt(-300, 301)).boxed().toList());
	}

	@Provide
	Arbitrary<Map<String, BigDecimal>> hyperRsiParams() {
		return Arbitraries.integers()
			.between(0, 2)
			.flatMap((sizing) -> Arbitraries.integers()
				.between(0, 1)
				.map((shortSide) -> Map.of("rsiPeriod", BigDecimal.valueOf(5), "emaPeriod", BigDecimal.valueOf(10),
						"allowShort", BigDecimal.valueOf(shortSide), "maxEntries", BigDecimal.valueOf(4),
						"entrySpacingPercent", BigDecimal.ONE, "sizing", BigDecimal.valueOf(sizing), "size",
						new BigDecimal("12.5"), "equityPercent", BigDecimal.valueOf(20), "trailingPercent",
						new BigDecimal("3"))));
	}

	/**
	 * Steps the simulator, checking the balances after each bar, then asks the strategy.
	 */
	static Simulator runChecked(BarSeries bars, Strategy strategy) {
		return runChecked(bars, SETTINGS, strategy);
	}

	/** As above, with other settings. */
	static Simulator runChecked(BarSeries bars, SimulationSettings settings, Strategy strategy) {
		Simulator simulator = new Simulator(bars, settings);
		while (simulator.hasNext()) {
			int t = simulator.step();
			checkBalances(simulator, settings.initialCash(), BigDecimal.valueOf(bars.close(t)));
			strategy.onBar(new Context(simulator, settings.instrument(), new ClosedBars(bars, t + 1)));
		}
		return simulator;
	}

	private static void checkBalances(Simulator simulator, BigDecimal initialCash, BigDecimal mark) {
		Account account = simulator.account();
		BigDecimal left = account.cash().add(account.position().marketValue(mark));
		BigDecimal right = initialCash.add(account.realisedPnl())
			.add(account.position().unrealisedPnl(mark))
			.subtract(account.feesPaid());
		assertThat(left).isEqualByComparingTo(right);
		BigDecimal fromFills = initialCash;
		BigDecimal quantity = BigDecimal.ZERO;
		for (Fill fill : simulator.fills()) {
			fromFills = fromFills.subtract(fill.side().signed(fill.value())).subtract(fill.fee());
			quantity = quantity.add(fill.side().signed(fill.quantity()));
		}
		assertThat(account.cash()).isEqualByComparingTo(fromFills);
		assertThat(account.position().quantity()).isEqualByComparingTo(quantity);
	}

	/** The simulator seen through the strategy's narrow interface. */
	record Context(Simulator simulator, InstrumentSpec instrument, ClosedBars bars) implements StrategyContext {

		@Override
		public int index() {
			return this.bars.size() - 1;
		}

		@Override
		public Position position() {
			return this.simulator.position();
		}

		@Override
		public BigDecimal cash() {
			return this.simulator.cash();
		}

		@Override
		public List<OpenOrder> openOrders() {
			return this.simulator.openOrders();
		}

		@Override
		public long submit(Order order) {
			return this.simulator.submit(order);
		}

		@Override
		public boolean cancel(long orderId) {
			return this.simulator.cancel(orderId);
		}

	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4).ofMaxSize(800);
	}

}
