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
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Position;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A strategy at a live venue decides as it does on the simulator when it is shown the
 * same bars and the same book: at every bar of a simulated run a second instance of the
 * strategy, run by {@link LiveStrategyRun}, is shown the simulator's position, cash and
 * working orders, and must submit and cancel exactly what the simulated one does, under
 * the same numbers. Synthetic random-walk bars.
 */
class LiveStrategyRunProperties {

	@Property(tries = 100)
	void gridDecidesAsOnTheSimulator(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("lower", BigDecimal.valueOf(90), "upper", BigDecimal.valueOf(110),
				"levels", BigDecimal.valueOf(8), "geometric", BigDecimal.ONE, "rebalance", BigDecimal.ONE,
				"quantityPerLevel", BigDecimal.valueOf(3), "stopLossPercent", BigDecimal.valueOf(30));
		assertSameDecisions(SyntheticBars.walk(moves), () -> Grid.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void hyperRsiDecidesAsOnTheSimulator(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("rsiPeriod", BigDecimal.valueOf(4), "emaPeriod", BigDecimal.valueOf(8),
				"allowShort", BigDecimal.ONE, "maxEntries", BigDecimal.valueOf(3), "entrySpacingAtr", BigDecimal.ONE,
				"sizing", BigDecimal.ONE, "trailingPercent", BigDecimal.valueOf(2));
		assertSameDecisions(SyntheticBars.walk(moves), () -> HyperRsi.DEFINITION.create(params));
	}

	@Property(tries = 100)
	void smaCrossDecidesAsOnTheSimulator(@ForAll("moves") List<Integer> moves) {
		Map<String, BigDecimal> params = Map.of("fast", BigDecimal.valueOf(3), "slow", BigDecimal.valueOf(8), "size",
				BigDecimal.TEN);
		assertSameDecisions(SyntheticBars.walk(moves), () -> SmaCross.DEFINITION.create(params));
	}

	/**
	 * Numbers go on from the earlier runs' highest; a refused order gets the negative of
	 * its number, which cancels nothing; only working orders are cancelled.
	 */
	@Property(tries = 50)
	void numbersGoOnAndRefusedOrdersCancelNothing(@ForAll("moves") List<Integer> moves) {
		BarSeries bars = SyntheticBars.walk(moves);
		List<String> routed = new ArrayList<>();
		LiveStrategyRun.OrderRoute route = new LiveStrategyRun.OrderRoute() {
			@Override
			public String submit(int number, Order order, LiveStrategyRun.Book book) {
				routed.add("submit " + number);
				return (number % 2 == 0) ? "even" : null;
			}

			@Override
			public boolean cancel(int number) {
				routed.add("cancel " + number);
				return true;
			}
		};
		List<Long> ids = new ArrayList<>();
		Strategy strategy = (context) -> {
			ids.add(context.submit(Order.limit(sage.engine.sim.Side.BUY, BigDecimal.ONE, BigDecimal.TEN)));
			ids.add(context.submit(Order.limit(sage.engine.sim.Side.BUY, BigDecimal.ONE, BigDecimal.TEN)));
			for (long id : ids) {
				context.cancel(id);
			}
			ids.clear();
		};
		LiveStrategyRun run = new LiveStrategyRun(SyntheticBars.plain().instrument(), strategy, route, 40);
		for (int i = 1; i <= bars.size(); i++) {
			run.onBar(bars.between(bars.time(0), bars.time(i - 1) + 1),
					new LiveStrategyRun.Book(Position.FLAT, BigDecimal.valueOf(1000), List.of()));
		}
		assertThat(run.submissions()).isEqualTo(40 + 2 * bars.size());
		assertThat(run.barsDone()).isEqualTo(bars.size());
		for (int i = 0; i < bars.size(); i++) {
			int odd = 41 + 2 * i;
			assertThat(routed.subList(3 * i, 3 * i + 3)).containsExactly("submit " + odd, "submit " + (odd + 1),
					"cancel " + odd);
		}
	}

	private static void assertSameDecisions(BarSeries bars, Supplier<Strategy> strategies) {
		List<String> live = new ArrayList<>();
		LiveStrategyRun.OrderRoute route = new LiveStrategyRun.OrderRoute() {
			@Override
			public String submit(int number, Order order, LiveStrategyRun.Book book) {
				live.add("submit " + number + " " + order);
				return null;
			}

			@Override
			public boolean cancel(int number) {
				live.add("cancel " + number);
				return true;
			}
		};
		InstrumentSpec instrument = SyntheticBars.plain().instrument();
		LiveStrategyRun liveRun = new LiveStrategyRun(instrument, strategies.get(), route, 0);
		Strategy simulated = strategies.get();
		List<String> onSimulator = new ArrayList<>();
		Map<Long, Integer> numbers = new HashMap<>();
		Strategy sideBySide = (context) -> {
			// the book as the simulator has it at this close, its orders named by number
			List<OpenOrder> working = context.openOrders()
				.stream()
				.map((open) -> new OpenOrder(numbers.get(open.id()), open.order()))
				.toList();
			int index = context.index();
			liveRun.onBar(bars.between(bars.time(0), bars.time(index) + 1),
					new LiveStrategyRun.Book(context.position(), context.cash(), working));
			simulated.onBar(new Recording(context, onSimulator, numbers));
		};
		StrategyRun run = new StrategyRun(bars, SyntheticBars.plain(), sideBySide, StrategyRun.OrderGate.OPEN);
		while (run.hasNext()) {
			run.step();
		}
		assertThat(live).isEqualTo(onSimulator);
	}

	/** A context that writes down what the strategy submits and cancels, by number. */
	private record Recording(StrategyContext context, List<String> log,
			Map<Long, Integer> numbers) implements StrategyContext {

		@Override
		public int index() {
			return this.context.index();
		}

		@Override
		public ClosedBars bars() {
			return this.context.bars();
		}

		@Override
		public Position position() {
			return this.context.position();
		}

		@Override
		public BigDecimal cash() {
			return this.context.cash();
		}

		@Override
		public InstrumentSpec instrument() {
			return this.context.instrument();
		}

		@Override
		public List<OpenOrder> openOrders() {
			return this.context.openOrders();
		}

		@Override
		public long submit(Order order) {
			int number = this.numbers.size() + 1;
			this.log.add("submit " + number + " " + order);
			long id = this.context.submit(order);
			this.numbers.put(id, number);
			return id;
		}

		@Override
		public boolean cancel(long orderId) {
			boolean cancelled = this.context.cancel(orderId);
			if (cancelled) {
				this.log.add("cancel " + this.numbers.get(orderId));
			}
			return cancelled;
		}

	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4).ofMaxSize(400);
	}

}
