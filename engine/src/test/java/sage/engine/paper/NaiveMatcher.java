package sage.engine.paper;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import sage.engine.paper.Command.CancelOrder;
import sage.engine.paper.Command.PlaceOrder;
import sage.engine.paper.Command.RecordTrade;
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

/**
 * The reference the {@link MatchingEngine} is checked against: the same rules written the
 * obvious way, in decimals, with a {@link TreeMap} of price to a queue of orders per side
 * and a list of stops in the order they came. It keeps no balances (the property that
 * compares the two funds every account amply), and it is slow on purpose: nothing in it
 * is clever enough to be wrong in the same way as the engine.
 */
final class NaiveMatcher {

	private final InstrumentSpec spec;

	private final PercentFee fees;

	private final BigDecimal tick;

	private final BigDecimal lot;

	private final TreeMap<BigDecimal, ArrayDeque<NaiveOrder>> bids = new TreeMap<>(Comparator.reverseOrder());

	private final TreeMap<BigDecimal, ArrayDeque<NaiveOrder>> asks = new TreeMap<>();

	private final List<NaiveOrder> stops = new ArrayList<>();

	private BigDecimal last;

	private long nextOrderId = 1;

	private long nextTradeId = 1;

	private List<ExchangeEvent> events;

	NaiveMatcher(InstrumentSpec spec, PercentFee fees) {
		this.spec = spec;
		this.fees = fees;
		this.tick = spec.tickSize().stripTrailingZeros();
		this.lot = spec.lotSize().stripTrailingZeros();
	}

	List<ExchangeEvent> handle(Command command) {
		this.events = new ArrayList<>();
		switch (command) {
			case PlaceOrder place -> place(place.account(), place.order());
			case CancelOrder cancel -> cancel(cancel.account(), cancel.orderId());
			case RecordTrade trade -> {
				if (!this.spec.isOnTick(trade.price())) {
					throw new IllegalArgumentException("off tick: " + trade.price());
				}
				this.last = onGrid(trade.price(), this.tick);
			}
		}
		fireStops();
		return this.events;
	}

	private void place(long account, Order order) {
		long id = this.nextOrderId++;
		if (order.reduceOnly() || order instanceof Order.StopLimit
				|| (order instanceof Order.Stop && order.timeInForce() != TimeInForce.GTC)) {
			this.events.add(new OrderRejected(id, account, Reason.UNSUPPORTED_ORDER));
			return;
		}
		BigDecimal price = switch (order) {
			case Order.Limit limit -> limit.limitPrice();
			case Order.Stop stop -> stop.stopPrice();
			default -> null;
		};
		if (price != null && !this.spec.isOnTick(price)) {
			this.events.add(new OrderRejected(id, account, Reason.OFF_TICK_PRICE));
			return;
		}
		if (!this.spec.isOnLot(order.quantity())) {
			this.events.add(new OrderRejected(id, account, Reason.OFF_LOT_QUANTITY));
			return;
		}
		if (order instanceof Order.Limit && price.multiply(order.quantity()).compareTo(this.spec.minNotional()) < 0) {
			this.events.add(new OrderRejected(id, account, Reason.BELOW_MIN_NOTIONAL));
			return;
		}
		NaiveOrder naive = new NaiveOrder(id, account, order.side(), (price == null) ? null : onGrid(price, this.tick),
				onGrid(order.quantity(), this.lot));
		if (order instanceof Order.Stop) {
			if (this.last != null && naive.triggeredBy(this.last)) {
				this.events.add(new OrderRejected(id, account, Reason.STOP_WOULD_TRIGGER));
				return;
			}
			this.events.add(new OrderAccepted(id, account, order));
			this.stops.add(naive);
			return;
		}
		this.events.add(new OrderAccepted(id, account, order));
		if (order instanceof Order.Market) {
			executeAtMarket(naive);
			return;
		}
		match(naive, naive.price);
		if (naive.remaining.signum() > 0) {
			if (order.timeInForce() == TimeInForce.GTC) {
				TreeMap<BigDecimal, ArrayDeque<NaiveOrder>> own = (naive.side == Side.BUY) ? this.bids : this.asks;
				own.computeIfAbsent(naive.price, (p) -> new ArrayDeque<>()).addLast(naive);
			}
			else {
				this.events.add(new OrderCanceled(id, account, naive.remaining, Reason.IMMEDIATE_OR_CANCEL));
			}
		}
	}

	private void executeAtMarket(NaiveOrder order) {
		match(order, null);
		if (order.remaining.signum() > 0) {
			this.events.add(new OrderCanceled(order.id, order.account, order.remaining, Reason.NO_LIQUIDITY));
		}
	}

	private void cancel(long account, long orderId) {
		for (TreeMap<BigDecimal, ArrayDeque<NaiveOrder>> side : List.of(this.bids, this.asks)) {
			Iterator<Map.Entry<BigDecimal, ArrayDeque<NaiveOrder>>> levels = side.entrySet().iterator();
			while (levels.hasNext()) {
				ArrayDeque<NaiveOrder> queue = levels.next().getValue();
				for (NaiveOrder order : queue) {
					if (order.id == orderId && order.account == account) {
						queue.remove(order);
						if (queue.isEmpty()) {
							levels.remove();
						}
						this.events
							.add(new OrderCanceled(orderId, account, order.remaining, Reason.CANCELED_BY_TRADER));
						return;
					}
				}
			}
		}
		for (NaiveOrder stop : this.stops) {
			if (stop.id == orderId && stop.account == account) {
				this.stops.remove(stop);
				this.events.add(new OrderCanceled(orderId, account, stop.remaining, Reason.CANCELED_BY_TRADER));
				return;
			}
		}
		this.events.add(new OrderRejected(orderId, account, Reason.UNKNOWN_ORDER));
	}

	private void fireStops() {
		boolean fired = true;
		while (fired && this.last != null) {
			fired = false;
			for (NaiveOrder stop : this.stops) {
				if (stop.triggeredBy(this.last)) {
					this.stops.remove(stop);
					this.events.add(new StopTriggered(stop.id, stop.account, this.last));
					executeAtMarket(new NaiveOrder(stop.id, stop.account, stop.side, null, stop.remaining));
					fired = true;
					break;
				}
			}
		}
	}

	private void match(NaiveOrder taker, BigDecimal limit) {
		TreeMap<BigDecimal, ArrayDeque<NaiveOrder>> other = (taker.side == Side.BUY) ? this.asks : this.bids;
		while (taker.remaining.signum() > 0 && !other.isEmpty()) {
			BigDecimal price = other.firstKey();
			if (limit != null && ((taker.side == Side.BUY) ? price.compareTo(limit) > 0 : price.compareTo(limit) < 0)) {
				return;
			}
			ArrayDeque<NaiveOrder> queue = other.get(price);
			while (taker.remaining.signum() > 0 && !queue.isEmpty()) {
				NaiveOrder maker = queue.peekFirst();
				if (maker.account == taker.account) {
					queue.pollFirst();
					this.events.add(new OrderCanceled(maker.id, maker.account, maker.remaining, Reason.SELF_TRADE));
					continue;
				}
				BigDecimal quantity = taker.remaining.min(maker.remaining);
				taker.remaining = taker.remaining.subtract(quantity);
				maker.remaining = maker.remaining.subtract(quantity);
				long tradeId = this.nextTradeId++;
				this.events.add(fill(tradeId, taker, price, quantity, Liquidity.TAKER));
				this.events.add(fill(tradeId, maker, price, quantity, Liquidity.MAKER));
				this.last = price;
				if (maker.remaining.signum() == 0) {
					queue.pollFirst();
				}
			}
			if (queue.isEmpty()) {
				other.remove(price);
			}
		}
	}

	private ExchangeEvent fill(long tradeId, NaiveOrder order, BigDecimal price, BigDecimal quantity,
			Liquidity liquidity) {
		BigDecimal fee = this.fees.fee(price, quantity, liquidity);
		if (order.remaining.signum() == 0) {
			return new OrderFilled(tradeId, order.id, order.account, order.side, price, quantity, fee, liquidity);
		}
		return new OrderPartiallyFilled(tradeId, order.id, order.account, order.side, price, quantity, fee, liquidity,
				order.remaining);
	}

	/** {@code value} written with the scale of {@code step}, as the engine reports it. */
	private static BigDecimal onGrid(BigDecimal value, BigDecimal step) {
		return step.multiply(value.divideToIntegralValue(step).setScale(0));
	}

	private static final class NaiveOrder {

		final long id;

		final long account;

		final Side side;

		/** The limit or the stop; {@code null} for a market order. */
		final BigDecimal price;

		BigDecimal remaining;

		NaiveOrder(long id, long account, Side side, BigDecimal price, BigDecimal remaining) {
			this.id = id;
			this.account = account;
			this.side = side;
			this.price = price;
			this.remaining = remaining;
		}

		boolean triggeredBy(BigDecimal last) {
			return (this.side == Side.BUY) ? last.compareTo(this.price) >= 0 : last.compareTo(this.price) <= 0;
		}

	}

}
