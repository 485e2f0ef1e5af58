package sage.engine.paper;

import java.math.BigDecimal;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import sage.engine.paper.Command.CancelOrder;
import sage.engine.paper.Command.PlaceOrder;
import sage.engine.paper.Command.RecordTrade;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.Order;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;

/**
 * Random command streams for the properties: a few accounts, prices on a 0.01 grid within
 * 20 ticks of 100 so that orders cross, rest and queue at the same price, every order
 * type, cancels of ids that exist (and of some that do not), market trades, and a few
 * orders off the grid.
 */
final class CommandStreams {

	static final InstrumentSpec SPEC = new InstrumentSpec(new BigDecimal("0.01"), new BigDecimal("0.001"),
			BigDecimal.ZERO);

	static final PercentFee FEES = new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001"));

	static final int ACCOUNTS = 4;

	private CommandStreams() {
	}

	static Arbitrary<List<Command>> commands(int maxSize) {
		Arbitrary<Long> account = Arbitraries.longs().between(1, ACCOUNTS);
		Arbitrary<Side> side = Arbitraries.of(Side.class);
		Arbitrary<BigDecimal> price = Arbitraries.integers()
			.between(9_990, 10_010)
			.map((t) -> BigDecimal.valueOf(t, 2));
		Arbitrary<BigDecimal> quantity = Arbitraries.integers().between(1, 30).map((l) -> BigDecimal.valueOf(l, 3));
		Arbitrary<Command> limit = Combinators.combine(account, side, quantity, price)
			.as((a, s, q, p) -> new PlaceOrder(a, Order.limit(s, q, p)));
		Arbitrary<Command> ioc = Combinators.combine(account, side, quantity, price)
			.as((a, s, q, p) -> new PlaceOrder(a, Order.limit(s, q, p).with(TimeInForce.IOC)));
		Arbitrary<Command> market = Combinators.combine(account, side, quantity)
			.as((a, s, q) -> new PlaceOrder(a, Order.market(s, q)));
		Arbitrary<Command> stop = Combinators.combine(account, side, quantity, price)
			.as((a, s, q, p) -> new PlaceOrder(a, Order.stop(s, q, p)));
		Arbitrary<Command> cancel = Combinators.combine(account, Arbitraries.longs().between(1, 60))
			.as(CancelOrder::new);
		Arbitrary<Command> trade = price.map(RecordTrade::new);
		Arbitrary<Command> offGrid = Combinators.combine(account, side, quantity, price, Arbitraries.of(true, false))
			.as((a, s, q, p, offTick) -> new PlaceOrder(a, offTick ? Order.limit(s, q, p.add(new BigDecimal("0.005")))
					: Order.limit(s, q.add(new BigDecimal("0.0005")), p)));
		return Arbitraries
			.frequencyOf(Tuple.of(40, limit), Tuple.of(5, ioc), Tuple.of(12, market), Tuple.of(10, stop),
					Tuple.of(25, cancel), Tuple.of(5, trade), Tuple.of(3, offGrid))
			.list()
			.ofMinSize(20)
			.ofMaxSize(maxSize);
	}

}
