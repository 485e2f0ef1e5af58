package sage.engine.sim;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static sage.engine.sim.SyntheticBars.bar;
import static sage.engine.sim.SyntheticBars.dec;

/** Ledger and order checks of the simulator, on synthetic bars. */
class SimulatorTest {

	private static final SimulationSettings WITH_FEES = new SimulationSettings(
			new InstrumentSpec(dec("0.01"), BigDecimal.ONE, dec("50")), PercentFee.of(dec("0.001")), new NoSlippage(),
			dec("10000"));

	private Simulator simulator(double[]... bars) {
		Simulator simulator = new Simulator(SyntheticBars.of(bars), WITH_FEES);
		simulator.step();
		return simulator;
	}

	@Test
	void buyingMovesPriceAndFeeOutOfCashAndMarksAtTheClose() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 110, 95, 105));
		simulator.submit(Order.market(Side.BUY, dec("10")));
		simulator.step();
		assertThat(simulator.cash()).isEqualByComparingTo("8999");
		assertThat(simulator.account().feesPaid()).isEqualByComparingTo("1");
		assertThat(simulator.result().equity()).containsExactly(10000, 10049);
	}

	@Test
	void aPartialCloseRealisesPnlAndKeepsTheRest() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100), bar(120, 120, 120, 120));
		simulator.submit(Order.market(Side.BUY, dec("10")));
		simulator.step();
		simulator.submit(Order.market(Side.SELL, dec("4")));
		simulator.step();
		Account account = simulator.account();
		assertThat(account.position().quantity()).isEqualByComparingTo("6");
		assertThat(account.realisedPnl()).isEqualByComparingTo("80");
		assertThat(account.feesPaid()).isEqualByComparingTo("1.48");
		assertThat(account.unrealisedPnl(dec("120"))).isEqualByComparingTo("120");
		assertThat(simulator.result().trades()).isEmpty();
	}

	@Test
	void aSellBiggerThanTheLongFlipsToShortAndClosesTheTrade() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100), bar(90, 90, 90, 90));
		simulator.submit(Order.market(Side.BUY, dec("10")));
		simulator.step();
		simulator.submit(Order.market(Side.SELL, dec("15")));
		simulator.step();
		assertThat(simulator.position().quantity()).isEqualByComparingTo("-5");
		assertThat(simulator.result().trades()).singleElement().satisfies((trade) -> {
			assertThat(trade.direction()).isEqualTo(Side.BUY);
			// -100 on the price, fees 1 + 1.35 (the flipping fill's whole fee)
			assertThat(trade.pnl()).isEqualByComparingTo("-102.35");
		});
	}

	@Test
	void aReduceOnlySellBiggerThanTheLongOnlyClosesIt() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100), bar(90, 90, 90, 90));
		simulator.submit(Order.market(Side.BUY, dec("10")));
		simulator.step();
		simulator.submit(Order.market(Side.SELL, dec("15")).asReduceOnly());
		simulator.step();
		assertThat(simulator.position().isFlat()).isTrue();
		assertThat(simulator.fills().get(1).quantity()).isEqualByComparingTo("10");
	}

	@Test
	void aReduceOnlyOrderWithNothingToReduceIsRejected() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100));
		long id = simulator.submit(Order.market(Side.SELL, dec("1")).asReduceOnly());
		simulator.step();
		assertThat(simulator.fills()).isEmpty();
		assertThat(simulator.position().isFlat()).isTrue();
		assertThat(simulator.rejections()).singleElement().extracting(Rejection::orderId).isEqualTo(id);
	}

	@Test
	void rejectsOrderOffTheLotOffTheTickOrBelowMinNotional() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100));
		simulator.submit(Order.market(Side.BUY, dec("1.5")));
		simulator.submit(Order.limit(Side.BUY, dec("1"), dec("99.999")));
		simulator.submit(Order.limit(Side.BUY, dec("1"), dec("49.99")));
		simulator.step();
		assertThat(simulator.rejections()).extracting(Rejection::reason)
			.satisfiesExactly((reason) -> assertThat(reason).contains("lot"),
					(reason) -> assertThat(reason).contains("tick"),
					(reason) -> assertThat(reason).contains("min notional"));
		assertThat(simulator.fills()).isEmpty();
	}

	@Test
	void rejectsABuyCashCannotPayFor() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 100, 100));
		simulator.submit(Order.market(Side.BUY, dec("100")));
		simulator.step();
		assertThat(simulator.rejections()).singleElement().extracting(Rejection::reason).isEqualTo("insufficient cash");
		assertThat(simulator.cash()).isEqualByComparingTo("10000");
	}

	@Test
	void cancelledOrdersDoNotFill() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 100, 90, 100));
		long id = simulator.submit(Order.limit(Side.BUY, dec("1"), dec("95.00")));
		assertThat(simulator.cancel(id)).isTrue();
		assertThat(simulator.cancel(id)).isFalse();
		simulator.step();
		assertThat(simulator.fills()).isEmpty();
	}

	@Test
	void ordersCannotBeDecidedBeforeTheFirstClose() {
		Simulator simulator = new Simulator(SyntheticBars.of(bar(100, 100, 100, 100)), WITH_FEES);
		assertThatIllegalStateException().isThrownBy(() -> simulator.submit(Order.market(Side.BUY, dec("1"))));
	}

	@Test
	void aShortIsCreditedAndMarkedAgainstThePrice() {
		Simulator simulator = simulator(bar(100, 100, 100, 100), bar(100, 110, 100, 110));
		simulator.submit(Order.market(Side.SELL, dec("10")));
		simulator.step();
		assertThat(simulator.cash()).isEqualByComparingTo("10999");
		assertThat(simulator.result().finalEquity()).isEqualByComparingTo("9899");
	}

}
