package sage.engine.sim;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import sage.engine.series.BarSeries;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Money is conserved by the simulator (exchange-core's balance check), over synthetic
 * random-walk bars and random orders of every type.
 */
class SimulatorProperties {

	private static final SimulationSettings SETTINGS = new SimulationSettings(
			new InstrumentSpec(new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ZERO),
			new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001")), FixedSlippage.ticks(1),
			new BigDecimal("1000000"));

	@Property(tries = 200)
	void moneyIsConservedAfterEveryBar(@ForAll("moves") List<Integer> moves, @ForAll("actions") List<Integer> actions) {
		BarSeries bars = SyntheticBars.walk(moves);
		Simulator simulator = new Simulator(bars, SETTINGS);
		int a = 0;
		while (simulator.hasNext()) {
			int t = simulator.step();
			checkBalances(simulator, BigDecimal.valueOf(bars.close(t)));
			for (int k = 0; k < 2 && a + 2 < actions.size(); k++, a += 3) {
				act(simulator, bars.close(t), actions.get(a), actions.get(a + 1), actions.get(a + 2));
			}
		}
	}

	/**
	 * cash + position value == initial + realised + unrealised - fees, and cash equals
	 * what the fills say.
	 */
	private static void checkBalances(Simulator simulator, BigDecimal mark) {
		Account account = simulator.account();
		BigDecimal left = account.cash().add(account.position().marketValue(mark));
		BigDecimal right = SETTINGS.initialCash()
			.add(account.realisedPnl())
			.add(account.position().unrealisedPnl(mark))
			.subtract(account.feesPaid());
		assertThat(left).isEqualByComparingTo(right);
		BigDecimal fromFills = SETTINGS.initialCash();
		BigDecimal fees = BigDecimal.ZERO;
		BigDecimal quantity = BigDecimal.ZERO;
		for (Fill fill : simulator.fills()) {
			fromFills = fromFills.subtract(fill.side().signed(fill.value())).subtract(fill.fee());
			fees = fees.add(fill.fee());
			quantity = quantity.add(fill.side().signed(fill.quantity()));
		}
		assertThat(account.cash()).isEqualByComparingTo(fromFills);
		assertThat(account.feesPaid()).isEqualByComparingTo(fees);
		assertThat(account.position().quantity()).isEqualByComparingTo(quantity);
	}

	private static void act(Simulator simulator, double close, int kind, int quantity, int offsetTicks) {
		Side side = (quantity % 2 == 0) ? Side.BUY : Side.SELL;
		BigDecimal size = BigDecimal.valueOf(1 + Math.abs(quantity) % 40);
		BigDecimal near = BigDecimal.valueOf(close)
			.add(BigDecimal.valueOf(offsetTicks, 2))
			.max(new BigDecimal("0.01"))
			.setScale(2);
		BigDecimal far = near.add(BigDecimal.valueOf(Math.abs(offsetTicks) % 50, 2));
		switch (kind) {
			case 0 -> simulator.submit(Order.market(side, size));
			case 1 -> simulator.submit(Order.market(side, size).asReduceOnly());
			case 2 -> simulator.submit(Order.limit(side, size, near));
			case 3 -> simulator.submit(Order.limit(side, size, near).with(TimeInForce.IOC).asReduceOnly());
			case 4 -> simulator.submit(Order.stop(side, size, near));
			case 5 -> simulator.submit(Order.stopLimit(side, size, near, (side == Side.BUY) ? far : near));
			case 6 -> simulator.submit(Order.stopLimit(side, size, far, near));
			case 7 -> simulator.openOrders().stream().findFirst().ifPresent((o) -> simulator.cancel(o.id()));
			default -> {
			}
		}
	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4).ofMaxSize(400);
	}

	@Provide
	Arbitrary<List<Integer>> actions() {
		return Arbitraries.integers().between(-200, 200).list().ofMinSize(0).ofMaxSize(600);
	}

}
