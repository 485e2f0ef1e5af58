package sage.engine.sim;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static sage.engine.sim.SyntheticBars.bar;
import static sage.engine.sim.SyntheticBars.dec;

/**
 * Each order type's fill rule, on synthetic bars; orders are decided at the close of bar
 * 0.
 */
class FillRuleTest {

	private static final double[] FIRST = bar(100, 101, 99, 100);

	@Test
	void marketOrderFillsAtTheNextOpen() {
		List<Fill> fills = run(List.of(Order.market(Side.BUY, dec("10"))), FIRST, bar(102, 105, 95, 96));
		assertThat(fills).singleElement().satisfies((fill) -> {
			assertThat(fill.bar()).isEqualTo(1);
			assertThat(fill.price()).isEqualByComparingTo("102");
			assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
		});
	}

	@Test
	void marketOrderSlipsButALimitDoesNot() {
		SimulationSettings slipping = new SimulationSettings(SyntheticBars.plain().instrument(),
				SyntheticBars.plain().fees(), FixedSlippage.ticks(3), SyntheticBars.plain().initialCash());
		List<Fill> fills = run(slipping,
				List.of(Order.market(Side.BUY, dec("1")), Order.limit(Side.BUY, dec("1"), dec("98.00"))), FIRST,
				bar(100, 101, 97, 100));
		assertThat(fills).extracting(Fill::price)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(dec("100.03"), dec("98.00"));
	}

	@Test
	void buyLimitFillsAtItsPriceWhenTheLowTouchesIt() {
		List<Fill> fills = run(List.of(Order.limit(Side.BUY, dec("1"), dec("97.50"))), FIRST, bar(99, 100, 98, 99),
				bar(99, 100, 97.5, 98));
		assertThat(fills).singleElement().satisfies((fill) -> {
			assertThat(fill.bar()).isEqualTo(2);
			assertThat(fill.price()).isEqualByComparingTo("97.50");
			assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
		});
	}

	@Test
	void buyLimitGappedThroughFillsAtTheBetterOpen() {
		List<Fill> fills = run(List.of(Order.limit(Side.BUY, dec("1"), dec("97.50"))), FIRST, bar(95, 96, 94, 95));
		assertThat(fills).singleElement().extracting(Fill::price).isEqualTo(dec("95.0"));
	}

	@Test
	void sellLimitFillsWhenTheHighTouchesIt() {
		List<Fill> fills = run(List.of(Order.limit(Side.SELL, dec("1"), dec("103.00"))), FIRST,
				bar(101, 103, 100, 102));
		assertThat(fills).singleElement().extracting(Fill::price).isEqualTo(dec("103.00"));
	}

	@Test
	void sellStopFillsAtItsPriceInsideTheBar() {
		List<Fill> fills = run(List.of(Order.stop(Side.SELL, dec("1"), dec("98.00"))), FIRST, bar(99, 100, 97, 98));
		assertThat(fills).singleElement().extracting(Fill::price).isEqualTo(dec("98.00"));
	}

	@Test
	void sellStopGappedThroughFillsAtTheWorseOpen() {
		List<Fill> fills = run(List.of(Order.stop(Side.SELL, dec("1"), dec("98.00"))), FIRST, bar(90, 92, 89, 91));
		assertThat(fills).singleElement().extracting(Fill::price).isEqualTo(dec("90.0"));
	}

	@Test
	void buyStopGappedThroughFillsAtTheOpen() {
		List<Fill> fills = run(List.of(Order.stop(Side.BUY, dec("1"), dec("102.00"))), FIRST, bar(105, 106, 104, 105));
		assertThat(fills).singleElement().extracting(Fill::price).isEqualTo(dec("105.0"));
	}

	@Test
	void stopNotReachedKeepsWorking() {
		Simulator simulator = new Simulator(SyntheticBars.of(FIRST, bar(100, 101, 99, 100)), SyntheticBars.plain());
		simulator.step();
		simulator.submit(Order.stop(Side.BUY, dec("1"), dec("102.00")));
		simulator.step();
		assertThat(simulator.fills()).isEmpty();
		assertThat(simulator.openOrders()).hasSize(1);
	}

	@Test
	void stopLimitTriggeredInsideTheBarFillsAtTheStopWhenTheLimitAllows() {
		List<Fill> fills = run(List.of(Order.stopLimit(Side.BUY, dec("1"), dec("102.00"), dec("103.00"))), FIRST,
				bar(100, 104, 99, 103));
		assertThat(fills).singleElement().satisfies((fill) -> {
			assertThat(fill.price()).isEqualByComparingTo("102.00");
			assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
		});
	}

	@Test
	void stopLimitWithALimitBelowItsStopRestsUntilTheNextBar() {
		// triggered at 102 on bar 1; the low of 100.5 may have come before the trigger
		List<Fill> fills = run(List.of(Order.stopLimit(Side.BUY, dec("1"), dec("102.00"), dec("101.00"))), FIRST,
				bar(101.5, 103, 100.5, 102), bar(102, 102.5, 100.8, 101));
		assertThat(fills).singleElement().satisfies((fill) -> {
			assertThat(fill.bar()).isEqualTo(2);
			assertThat(fill.price()).isEqualByComparingTo("101.00");
			assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
		});
	}

	@Test
	void stopLimitGappedBeyondItsLimitWorksAsALimitInTheSameBar() {
		List<Fill> fills = run(List.of(Order.stopLimit(Side.BUY, dec("1"), dec("102.00"), dec("103.00"))), FIRST,
				bar(104, 105, 102.5, 104));
		assertThat(fills).singleElement().satisfies((fill) -> {
			assertThat(fill.bar()).isEqualTo(1);
			assertThat(fill.price()).isEqualByComparingTo("103.00");
		});
	}

	@Test
	void whenStopAndTargetAreBothInsideOneBarTheStopIsAssumedFirst() {
		Simulator simulator = new Simulator(SyntheticBars.of(FIRST, bar(100, 101, 99, 100), bar(100, 112, 94, 105)),
				SyntheticBars.plain());
		simulator.step();
		simulator.submit(Order.market(Side.BUY, dec("10")));
		simulator.step();
		long target = simulator.submit(Order.limit(Side.SELL, dec("10"), dec("110.00")).asReduceOnly());
		long stop = simulator.submit(Order.stop(Side.SELL, dec("10"), dec("95.00")).asReduceOnly());
		simulator.step();
		assertThat(simulator.fills()).hasSize(2);
		assertThat(simulator.fills().get(1).orderId()).isEqualTo(stop);
		assertThat(simulator.fills().get(1).price()).isEqualByComparingTo("95.00");
		assertThat(simulator.position().isFlat()).isTrue();
		assertThat(simulator.rejections()).extracting(Rejection::orderId).containsExactly(target);
		assertThat(simulator.openOrders()).isEmpty();
	}

	@Test
	void iocLimitNotFilledOnItsBarIsCancelled() {
		Simulator simulator = new Simulator(SyntheticBars.of(FIRST, bar(100, 101, 99, 100), bar(100, 101, 90, 95)),
				SyntheticBars.plain());
		simulator.step();
		simulator.submit(Order.limit(Side.BUY, dec("1"), dec("95.00")).with(TimeInForce.IOC));
		simulator.step();
		simulator.step();
		assertThat(simulator.fills()).isEmpty();
		assertThat(simulator.openOrders()).isEmpty();
		assertThat(simulator.rejections()).singleElement().extracting(Rejection::bar).isEqualTo(1);
	}

	@Test
	void orderSubmittedOnTheLastBarNeverFills() {
		Simulator simulator = new Simulator(SyntheticBars.of(FIRST), SyntheticBars.plain());
		simulator.step();
		simulator.submit(Order.market(Side.BUY, dec("1")));
		assertThat(simulator.hasNext()).isFalse();
		assertThat(simulator.result().fills()).isEmpty();
	}

	private static List<Fill> run(List<Order> orders, double[]... bars) {
		return run(SyntheticBars.plain(), orders, bars);
	}

	private static List<Fill> run(SimulationSettings settings, List<Order> orders, double[]... bars) {
		Simulator simulator = new Simulator(SyntheticBars.of(bars), settings);
		simulator.step();
		orders.forEach(simulator::submit);
		while (simulator.hasNext()) {
			simulator.step();
		}
		assertThat(simulator.rejections()).isEmpty();
		return simulator.fills();
	}

}
