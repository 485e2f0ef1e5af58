package sage.engine.paper;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import sage.engine.paper.Command.CancelOrder;
import sage.engine.paper.Command.PlaceOrder;
import sage.engine.paper.Command.RecordTrade;
import sage.engine.paper.ExchangeEvent.Execution;
import sage.engine.paper.ExchangeEvent.OrderAccepted;
import sage.engine.paper.ExchangeEvent.OrderCanceled;
import sage.engine.paper.ExchangeEvent.OrderFilled;
import sage.engine.paper.ExchangeEvent.OrderPartiallyFilled;
import sage.engine.paper.ExchangeEvent.OrderRejected;
import sage.engine.paper.ExchangeEvent.StopTriggered;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Liquidity;
import sage.engine.sim.Order;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MatchingEngineTest {

	private static final InstrumentSpec SPEC = new InstrumentSpec(new BigDecimal("0.01"), new BigDecimal("0.001"),
			new BigDecimal("1"));

	/** Maker 0.1%, taker 0.2%: easy to check by hand. */
	private static final PercentFee FEES = new PercentFee(new BigDecimal("0.001"), new BigDecimal("0.002"));

	private static final long ALICE = 1;

	private static final long BOB = 2;

	private static final long CAROL = 3;

	private MatchingEngine engine;

	@BeforeEach
	void fundAccounts() {
		this.engine = new MatchingEngine(SPEC, FEES);
		for (long account : new long[] { ALICE, BOB, CAROL }) {
			this.engine.deposit(account, Asset.BASE, new BigDecimal("10"));
			this.engine.deposit(account, Asset.QUOTE, new BigDecimal("10000"));
		}
	}

	@Test
	void fillsTheBestPriceFirstAndTheOldestOrderFirstAtAPrice() {
		long aliceAt101 = place(ALICE, Order.limit(Side.SELL, qty("1"), price("101.00")));
		long bobAt100 = place(BOB, Order.limit(Side.SELL, qty("1"), price("100.00")));
		long aliceAt100 = place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.BUY, qty("2.5"))));

		List<Execution> makers = makers(events);
		assertThat(makers).extracting(Execution::orderId).containsExactly(bobAt100, aliceAt100, aliceAt101);
		assertThat(makers).extracting(Execution::price)
			.containsExactly(price("100.00"), price("100.00"), price("101.00"));
		assertThat(makers).extracting(Execution::quantity).containsExactly(qty("1.000"), qty("1.000"), qty("0.500"));
		this.engine.checkInvariants();
	}

	@Test
	void restsTheRemainderOfAPartlyFilledLimitOrder() {
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		List<ExchangeEvent> events = this.engine
			.handle(new PlaceOrder(BOB, Order.limit(Side.BUY, qty("3"), price("100.50"))));

		long bobId = events.get(0).orderId();
		assertThat(events.get(0)).isInstanceOf(OrderAccepted.class);
		// the taker trades at the resting order's price, not its own limit
		assertThat(events.get(1)).isEqualTo(new OrderPartiallyFilled(1, bobId, BOB, Side.BUY, price("100.00"),
				qty("1.000"), new BigDecimal("0.20000000"), Liquidity.TAKER, qty("2.000")));
		assertThat(events.get(2)).isInstanceOf(OrderFilled.class);
		assertThat(events).hasSize(3);
		assertThat(this.engine.bestBid()).contains(price("100.50"));
		assertThat(this.engine.bestAsk()).isEmpty();
		// Bob paid 100 + 0.2 fee and still reserves 2 * 100.50 * 1.002 for the rest
		assertThat(this.engine.balance(BOB, Asset.QUOTE).total()).isEqualByComparingTo("9899.8");
		assertThat(this.engine.balance(BOB, Asset.QUOTE).reserved()).isEqualByComparingTo("201.402");
		assertThat(this.engine.balance(BOB, Asset.BASE).total()).isEqualByComparingTo("11");
		this.engine.checkInvariants();
	}

	@Test
	void chargesTheMakerAndTheTakerTheirRatesAndCollectsBoth() {
		place(ALICE, Order.limit(Side.SELL, qty("2"), price("100.00")));

		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(BOB, Order.market(Side.BUY, qty("2"))));

		Execution taker = (Execution) events.get(1);
		Execution maker = (Execution) events.get(2);
		assertThat(taker.tradeId()).isEqualTo(maker.tradeId());
		assertThat(taker.liquidity()).isEqualTo(Liquidity.TAKER);
		assertThat(taker.fee()).isEqualByComparingTo("0.4");
		assertThat(maker.liquidity()).isEqualTo(Liquidity.MAKER);
		assertThat(maker.fee()).isEqualByComparingTo("0.2");
		assertThat(this.engine.feesCollected()).isEqualByComparingTo("0.6");
		// the seller's fee comes out of the proceeds
		assertThat(this.engine.balance(ALICE, Asset.QUOTE).total()).isEqualByComparingTo("10199.8");
		assertThat(this.engine.balance(BOB, Asset.QUOTE).total()).isEqualByComparingTo("9799.6");
	}

	@Test
	void marketOrderSweepsSeveralLevels() {
		place(ALICE, Order.limit(Side.BUY, qty("1"), price("99.00")));
		place(BOB, Order.limit(Side.BUY, qty("1"), price("98.00")));
		place(ALICE, Order.limit(Side.BUY, qty("1"), price("97.00")));

		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.SELL, qty("2.5"))));

		List<Execution> takers = events.stream()
			.filter(Execution.class::isInstance)
			.map(Execution.class::cast)
			.filter((e) -> e.liquidity() == Liquidity.TAKER)
			.toList();
		assertThat(takers).extracting(Execution::price).containsExactly(price("99.00"), price("98.00"), price("97.00"));
		assertThat(takers).extracting(Execution::leavesQuantity)
			.containsExactly(qty("1.500"), qty("0.500"), BigDecimal.ZERO);
		assertThat(takers.get(2)).isInstanceOf(OrderFilled.class);
		assertThat(this.engine.bestBid()).contains(price("97.00"));
		assertThat(this.engine.lastPrice()).contains(price("97.00"));
	}

	@Test
	void cancelsWhatAMarketOrderCannotFill() {
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(BOB, Order.market(Side.BUY, qty("3"))));

		long id = events.get(0).orderId();
		assertThat(events.get(events.size() - 1))
			.isEqualTo(new OrderCanceled(id, BOB, qty("2.000"), Reason.NO_LIQUIDITY));
	}

	@Test
	void acceptsThenCancelsAMarketOrderWhenTheBookIsEmpty() {
		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(BOB, Order.market(Side.SELL, qty("1"))));

		assertThat(events).hasSize(2);
		assertThat(events.get(0)).isInstanceOf(OrderAccepted.class);
		assertThat(events.get(1)).isEqualTo(new OrderCanceled(1, BOB, qty("1.000"), Reason.NO_LIQUIDITY));
		assertThat(this.engine.balance(BOB, Asset.BASE)).isEqualTo(new Balance(new BigDecimal("10"), BigDecimal.ZERO));
	}

	@Test
	void cancelsTheRemainderOfAnImmediateOrCancelLimit() {
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		List<ExchangeEvent> events = this.engine
			.handle(new PlaceOrder(BOB, Order.limit(Side.BUY, qty("2"), price("100.00")).with(TimeInForce.IOC)));

		assertThat(events.get(events.size() - 1))
			.isEqualTo(new OrderCanceled(events.get(0).orderId(), BOB, qty("1.000"), Reason.IMMEDIATE_OR_CANCEL));
		assertThat(this.engine.bestBid()).isEmpty();
		assertThat(this.engine.balance(BOB, Asset.QUOTE).reserved()).isEqualByComparingTo("0");
	}

	@Test
	void buyStopTriggersWhenALastTradeReachesItAndBuysAtMarket() {
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("102.00")));
		this.engine.handle(new RecordTrade(price("99.00")));
		long stop = place(BOB, Order.stop(Side.BUY, qty("1"), price("101.00")));

		assertThat(this.engine.handle(new RecordTrade(price("100.99")))).isEmpty();
		// Carol's trade at 100 does not reach 101; the next market print does
		this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.BUY, qty("1"))));
		assertThat(this.engine.openOrders()).isEqualTo(2);
		List<ExchangeEvent> events = this.engine.handle(new RecordTrade(price("101.00")));

		assertThat(events.get(0)).isEqualTo(new StopTriggered(stop, BOB, price("101.00")));
		assertThat(events.get(1)).isEqualTo(new OrderFilled(2, stop, BOB, Side.BUY, price("102.00"), qty("1.000"),
				new BigDecimal("0.20400000"), Liquidity.TAKER));
		assertThat(this.engine.lastPrice()).contains(price("102.00"));
	}

	@Test
	void sellStopTriggeredByABookTradeCascadesIntoTheNextStop() {
		place(ALICE, Order.limit(Side.BUY, qty("1"), price("100.00")));
		place(ALICE, Order.limit(Side.BUY, qty("1"), price("99.00")));
		place(ALICE, Order.limit(Side.BUY, qty("1"), price("98.00")));
		this.engine.handle(new RecordTrade(price("100.50")));
		long first = place(BOB, Order.stop(Side.SELL, qty("1"), price("99.50")));
		long second = place(CAROL, Order.stop(Side.SELL, qty("1"), price("98.50")));
		assertThat(this.engine.balance(BOB, Asset.BASE).reserved()).isEqualByComparingTo("1");

		// a sale at 100 triggers nothing; the next at 99 triggers Bob's stop, which sells
		// at 98
		this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.SELL, qty("1"))));
		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.SELL, qty("1"))));

		assertThat(events).filteredOn(StopTriggered.class::isInstance)
			.extracting(ExchangeEvent::orderId)
			.containsExactly(first, second);
		assertThat(events.get(events.size() - 1))
			.isEqualTo(new OrderCanceled(second, CAROL, qty("1.000"), Reason.NO_LIQUIDITY));
		assertThat(this.engine.balance(BOB, Asset.BASE))
			.isEqualTo(new Balance(new BigDecimal("9.000"), new BigDecimal("0.000")));
		this.engine.checkInvariants();
	}

	@Test
	void rejectsAStopTheLastPriceHasAlreadyReached() {
		this.engine.handle(new RecordTrade(price("100.00")));

		assertThat(reasonOf(BOB, Order.stop(Side.BUY, qty("1"), price("100.00")))).isEqualTo(Reason.STOP_WOULD_TRIGGER);
		assertThat(reasonOf(BOB, Order.stop(Side.SELL, qty("1"), price("100.01"))))
			.isEqualTo(Reason.STOP_WOULD_TRIGGER);
	}

	@Test
	void cancelOfAPartlyFilledOrderReleasesWhatIsLeftOfItsReservation() {
		long bid = place(BOB, Order.limit(Side.BUY, qty("3"), price("100.00")));
		assertThat(this.engine.balance(BOB, Asset.QUOTE).reserved()).isEqualByComparingTo("300.6");
		this.engine.handle(new PlaceOrder(ALICE, Order.market(Side.SELL, qty("1"))));
		assertThat(this.engine.balance(BOB, Asset.QUOTE).reserved()).isEqualByComparingTo("200.4");

		List<ExchangeEvent> events = this.engine.handle(new CancelOrder(BOB, bid));

		assertThat(events).containsExactly(new OrderCanceled(bid, BOB, qty("2.000"), Reason.CANCELED_BY_TRADER));
		// paid 100 and a maker fee of 0.1; nothing is held any more
		assertThat(this.engine.balance(BOB, Asset.QUOTE))
			.satisfies((b) -> assertThat(b.total()).isEqualByComparingTo("9899.9"))
			.satisfies((b) -> assertThat(b.reserved()).isEqualByComparingTo("0"));
		assertThat(this.engine.bestBid()).isEmpty();
	}

	@Test
	void cancelOfASellStopReleasesItsBase() {
		long stop = place(BOB, Order.stop(Side.SELL, qty("2"), price("90.00")));
		assertThat(this.engine.balance(BOB, Asset.BASE).available()).isEqualByComparingTo("8");

		this.engine.handle(new CancelOrder(BOB, stop));

		assertThat(this.engine.balance(BOB, Asset.BASE).available()).isEqualByComparingTo("10");
		assertThat(this.engine.openOrders()).isZero();
	}

	@Test
	void rejectsCancelsOfOrdersThatAreNotOpenOrNotTheirs() {
		long ask = place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		assertThat(this.engine.handle(new CancelOrder(BOB, ask)))
			.containsExactly(new OrderRejected(ask, BOB, Reason.UNKNOWN_ORDER));
		assertThat(this.engine.handle(new CancelOrder(ALICE, 99)))
			.containsExactly(new OrderRejected(99, ALICE, Reason.UNKNOWN_ORDER));
		assertThat(this.engine.bestAsk()).contains(price("100.00"));
	}

	@Test
	void rejectsPricesOffTheTickAndQuantitiesOffTheLot() {
		assertThat(reasonOf(BOB, Order.limit(Side.BUY, qty("1"), new BigDecimal("100.005"))))
			.isEqualTo(Reason.OFF_TICK_PRICE);
		assertThat(reasonOf(BOB, Order.stop(Side.BUY, qty("1"), new BigDecimal("100.001"))))
			.isEqualTo(Reason.OFF_TICK_PRICE);
		assertThat(reasonOf(BOB, Order.limit(Side.BUY, new BigDecimal("1.0005"), price("100"))))
			.isEqualTo(Reason.OFF_LOT_QUANTITY);
		assertThat(reasonOf(BOB, Order.market(Side.BUY, new BigDecimal("0.0001")))).isEqualTo(Reason.OFF_LOT_QUANTITY);
		assertThat(reasonOf(BOB, Order.limit(Side.BUY, qty("0.001"), price("100"))))
			.isEqualTo(Reason.BELOW_MIN_NOTIONAL);
		assertThat(Reason.OFF_TICK_PRICE.code()).isEqualTo("off-tick-price");
		assertThat(this.engine.openOrders()).isZero();
		assertThat(this.engine.balance(BOB, Asset.QUOTE).reserved()).isEqualByComparingTo("0");
	}

	@Test
	void acceptsPricesOnTheTickWrittenWithAnyScale() {
		place(ALICE, Order.limit(Side.SELL, qty("1"), new BigDecimal("100.5000")));

		assertThat(this.engine.bestAsk()).hasValueSatisfying((p) -> assertThat(p).isEqualTo(price("100.50")));
	}

	@Test
	void rejectsOrdersTheAccountCannotPayFor() {
		this.engine.deposit(9, Asset.QUOTE, new BigDecimal("100"));
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		// 100 * 1 * 1.002 is more than 100
		assertThat(reasonOf(9, Order.limit(Side.BUY, qty("1"), price("100.00"))))
			.isEqualTo(Reason.INSUFFICIENT_BALANCE);
		assertThat(reasonOf(9, Order.market(Side.BUY, qty("1")))).isEqualTo(Reason.INSUFFICIENT_BALANCE);
		assertThat(reasonOf(9, Order.market(Side.SELL, qty("0.001")))).isEqualTo(Reason.INSUFFICIENT_BALANCE);
		assertThat(reasonOf(9, Order.stop(Side.SELL, qty("1"), price("90.00")))).isEqualTo(Reason.INSUFFICIENT_BALANCE);
		assertThat(reasonOf(BOB, Order.limit(Side.SELL, qty("10.001"), price("100.00"))))
			.isEqualTo(Reason.INSUFFICIENT_BALANCE);
	}

	@Test
	void cancelsATriggeredBuyStopTheAccountCanNoLongerPayFor() {
		this.engine.deposit(9, Asset.QUOTE, new BigDecimal("150"));
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));
		place(ALICE, Order.limit(Side.SELL, qty("1"), price("110.00")));
		long stop = place(9, Order.stop(Side.BUY, qty("1"), price("105.00")));
		// a buy stop reserves nothing: the account spends its quote before the trigger
		this.engine.handle(new PlaceOrder(9, Order.market(Side.BUY, qty("1"))));

		List<ExchangeEvent> events = this.engine.handle(new RecordTrade(price("105.00")));

		assertThat(events).containsExactly(new StopTriggered(stop, 9, price("105.00")),
				new OrderCanceled(stop, 9, qty("1.000"), Reason.INSUFFICIENT_BALANCE));
		assertThat(this.engine.bestAsk()).contains(price("110.00"));
	}

	@Test
	void checksTicksThatAreNotPowersOfTen() {
		MatchingEngine nickels = new MatchingEngine(
				new InstrumentSpec(new BigDecimal("0.05"), new BigDecimal("5"), BigDecimal.ZERO), FEES);
		nickels.deposit(ALICE, Asset.BASE, new BigDecimal("100"));

		assertThat(nickels.handle(new PlaceOrder(ALICE, Order.limit(Side.SELL, qty("5"), price("100.03")))))
			.containsExactly(new OrderRejected(1, ALICE, Reason.OFF_TICK_PRICE));
		assertThat(nickels.handle(new PlaceOrder(ALICE, Order.limit(Side.SELL, qty("7"), price("100.05")))))
			.containsExactly(new OrderRejected(2, ALICE, Reason.OFF_LOT_QUANTITY));
		assertThat(nickels.handle(new PlaceOrder(ALICE, Order.limit(Side.SELL, qty("10"), price("100.05")))))
			.hasSize(1);
		assertThat(nickels.bestAsk()).contains(price("100.05"));
		nickels.checkInvariants();
	}

	@Test
	void rejectsOrderTypesThisVenueDoesNotOffer() {
		assertThat(reasonOf(BOB, Order.stopLimit(Side.BUY, qty("1"), price("101"), price("102"))))
			.isEqualTo(Reason.UNSUPPORTED_ORDER);
		assertThat(reasonOf(BOB, Order.market(Side.BUY, qty("1")).asReduceOnly())).isEqualTo(Reason.UNSUPPORTED_ORDER);
	}

	@Test
	void selfTradeCancelsTheRestingOrderAndTheIncomingOrderMatchesBehindIt() {
		long own = place(BOB, Order.limit(Side.SELL, qty("1"), price("100.00")));
		long other = place(ALICE, Order.limit(Side.SELL, qty("1"), price("100.00")));

		List<ExchangeEvent> events = this.engine
			.handle(new PlaceOrder(BOB, Order.limit(Side.BUY, qty("1"), price("100.00"))));

		assertThat(events.get(1)).isEqualTo(new OrderCanceled(own, BOB, qty("1.000"), Reason.SELF_TRADE));
		assertThat(makers(events)).extracting(Execution::orderId).containsExactly(other);
		assertThat(this.engine.balance(BOB, Asset.BASE).reserved()).isEqualByComparingTo("0");
		this.engine.checkInvariants();
	}

	@Test
	void numbersTradesAndOrdersFromOne() {
		place(ALICE, Order.limit(Side.SELL, qty("2"), price("100.00")));
		this.engine.handle(new PlaceOrder(BOB, Order.market(Side.BUY, qty("1"))));
		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(CAROL, Order.market(Side.BUY, qty("1"))));

		assertThat(events.get(0).orderId()).isEqualTo(3);
		assertThat(makers(events)).extracting(Execution::tradeId).containsExactly(2L);
	}

	@Test
	void refusesAMarketTradeOffTheTick() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.engine.handle(new RecordTrade(new BigDecimal("1.001"))));
	}

	private long place(long account, Order order) {
		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(account, order));
		assertThat(events.get(0)).isInstanceOf(OrderAccepted.class);
		return events.get(0).orderId();
	}

	private Reason reasonOf(long account, Order order) {
		List<ExchangeEvent> events = this.engine.handle(new PlaceOrder(account, order));
		assertThat(events).hasSize(1);
		return ((OrderRejected) events.get(0)).reason();
	}

	private static List<Execution> makers(List<ExchangeEvent> events) {
		return events.stream()
			.filter(Execution.class::isInstance)
			.map(Execution.class::cast)
			.filter((e) -> e.liquidity() == Liquidity.MAKER)
			.toList();
	}

	private static BigDecimal price(String price) {
		return new BigDecimal(price);
	}

	private static BigDecimal qty(String quantity) {
		return new BigDecimal(quantity);
	}

}
