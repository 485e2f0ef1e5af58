package sage.engine.paper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

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
 * The paper exchange's matching engine for one instrument: takes {@link Command}s one at
 * a time and reports what happened as {@link ExchangeEvent}s, in order. The rules
 * (price-time priority, reservations, stops, self-trade prevention) are those of the
 * package ({@link sage.engine.paper}).
 *
 * <p>
 * Not thread-safe: a paper exchange feeds each engine from one thread, as a venue's
 * matching engine is fed from one sequenced queue.
 */
public final class MatchingEngine {

	/** {@link #lastTicks} before the first trade. */
	private static final long NO_TRADE = Long.MIN_VALUE;

	private final InstrumentSpec spec;

	private final GridStep tick;

	private final GridStep lot;

	private final BigDecimal makerRate;

	private final BigDecimal takerRate;

	/**
	 * What a buy limit reserves per unit of value: the fee is not yet known, so the
	 * larger.
	 */
	private final BigDecimal reserveFactor;

	private final BigDecimal takerFactor;

	/** The value of one lot at one tick. */
	private final BigDecimal tickLotValue;

	private final OrderBook book;

	private final StopOrders stops = new StopOrders();

	private final Map<Long, Funds> accounts = new HashMap<>();

	private BigDecimal feesCollected = BigDecimal.ZERO;

	private long lastTicks = NO_TRADE;

	private long nextOrderId = 1;

	private long nextTradeId = 1;

	private Consumer<? super ExchangeEvent> events;

	/**
	 * An engine with an empty book and no accounts.
	 * @param spec the instrument's tick, lot and minimum notional
	 * @param fees the maker and taker rates, charged in the quote currency
	 */
	public MatchingEngine(InstrumentSpec spec, PercentFee fees) {
		this.spec = Objects.requireNonNull(spec, "spec");
		this.tick = new GridStep(spec.tickSize());
		this.lot = new GridStep(spec.lotSize());
		this.makerRate = fees.makerRate();
		this.takerRate = fees.takerRate();
		this.reserveFactor = BigDecimal.ONE.add(this.makerRate.max(this.takerRate));
		this.takerFactor = BigDecimal.ONE.add(this.takerRate);
		this.tickLotValue = spec.tickSize().multiply(spec.lotSize());
		this.book = new OrderBook(this.tick);
	}

	/** Credits an account (created on first use) with {@code amount} of {@code asset}. */
	public void deposit(long account, Asset asset, BigDecimal amount) {
		if (amount.signum() <= 0) {
			throw new IllegalArgumentException("deposit must be positive: " + amount);
		}
		Funds funds = funds(account);
		if (asset == Asset.BASE) {
			funds.base = funds.base.add(amount);
		}
		else {
			funds.quote = funds.quote.add(amount);
		}
	}

	/** Handles one command and returns its events. */
	public List<ExchangeEvent> handle(Command command) {
		List<ExchangeEvent> out = new ArrayList<>(4);
		handle(command, out::add);
		return out;
	}

	/**
	 * Handles one command, passing its events to {@code sink} as they happen, then fires
	 * the stops the command's trades (or the market's) triggered.
	 * @throws IllegalArgumentException for a market trade price off the tick
	 */
	public void handle(Command command, Consumer<? super ExchangeEvent> sink) {
		this.events = sink;
		switch (command) {
			case PlaceOrder place -> place(place.account(), place.order());
			case CancelOrder cancel -> cancel(cancel.account(), cancel.orderId());
			case RecordTrade trade -> recordTrade(trade.price());
		}
		fireStops();
	}

	/** An account's holding of one currency (zero for an account never seen). */
	public Balance balance(long account, Asset asset) {
		Funds funds = this.accounts.get(account);
		return (funds != null) ? funds.balance(asset) : new Balance(BigDecimal.ZERO, BigDecimal.ZERO);
	}

	/** The fees charged so far, in the quote currency. */
	public BigDecimal feesCollected() {
		return this.feesCollected;
	}

	/** The last trade price, in the book or in the market, if any. */
	public Optional<BigDecimal> lastPrice() {
		return (this.lastTicks == NO_TRADE) ? Optional.empty() : Optional.of(this.tick.value(this.lastTicks));
	}

	/** The highest resting bid, if any. */
	public Optional<BigDecimal> bestBid() {
		return Optional.ofNullable(this.book.bids.bestPrice());
	}

	/** The lowest resting ask, if any. */
	public Optional<BigDecimal> bestAsk() {
		return Optional.ofNullable(this.book.asks.bestPrice());
	}

	/** The number of open orders: resting limits and waiting stops. */
	public int openOrders() {
		return this.book.size() + this.stops.size();
	}

	private void place(long account, Order order) {
		long id = this.nextOrderId++;
		if (order.reduceOnly() || order instanceof Order.StopLimit
				|| (order instanceof Order.Stop && order.timeInForce() != TimeInForce.GTC)) {
			reject(id, account, Reason.UNSUPPORTED_ORDER);
			return;
		}
		switch (order) {
			case Order.Limit limit -> placeLimit(id, account, limit);
			case Order.Market market -> placeMarket(id, account, market);
			case Order.Stop stop -> placeStop(id, account, stop);
			case Order.StopLimit stopLimit -> reject(id, account, Reason.UNSUPPORTED_ORDER);
		}
	}

	private void placeLimit(long id, long account, Order.Limit order) {
		long ticks = this.tick.steps(order.limitPrice());
		if (ticks == GridStep.OFF_GRID) {
			reject(id, account, Reason.OFF_TICK_PRICE);
			return;
		}
		long lots = this.lot.steps(order.quantity());
		if (lots == GridStep.OFF_GRID) {
			reject(id, account, Reason.OFF_LOT_QUANTITY);
			return;
		}
		if (this.spec.minNotional().signum() > 0
				&& order.limitPrice().multiply(order.quantity()).compareTo(this.spec.minNotional()) < 0) {
			reject(id, account, Reason.BELOW_MIN_NOTIONAL);
			return;
		}
		Funds funds = funds(account);
		boolean buy = order.side() == Side.BUY;
		if (buy) {
			BigDecimal reservation = order.limitPrice().multiply(order.quantity()).multiply(this.reserveFactor);
			if (funds.availableQuote().compareTo(reservation) < 0) {
				reject(id, account, Reason.INSUFFICIENT_BALANCE);
				return;
			}
			funds.quoteReserved = funds.quoteReserved.add(reservation);
		}
		else {
			if (funds.availableBase().compareTo(order.quantity()) < 0) {
				reject(id, account, Reason.INSUFFICIENT_BALANCE);
				return;
			}
			funds.baseReserved = funds.baseReserved.add(order.quantity());
		}
		this.events.accept(new OrderAccepted(id, account, order));
		RestingOrder incoming = new RestingOrder(id, account, funds, order.side(), ticks, this.tick.value(ticks), lots,
				true);
		match(incoming);
		if (incoming.lots > 0) {
			if (order.timeInForce() == TimeInForce.GTC) {
				this.book.rest(incoming);
			}
			else {
				cancelRemainder(incoming, Reason.IMMEDIATE_OR_CANCEL);
			}
		}
	}

	private void placeMarket(long id, long account, Order.Market order) {
		long lots = this.lot.steps(order.quantity());
		if (lots == GridStep.OFF_GRID) {
			reject(id, account, Reason.OFF_LOT_QUANTITY);
			return;
		}
		Funds funds = funds(account);
		RestingOrder incoming = new RestingOrder(id, account, funds, order.side(), RestingOrder.NO_LIMIT, null, lots,
				false);
		if (!canAfford(incoming)) {
			reject(id, account, Reason.INSUFFICIENT_BALANCE);
			return;
		}
		this.events.accept(new OrderAccepted(id, account, order));
		execute(incoming);
	}

	private void placeStop(long id, long account, Order.Stop order) {
		long ticks = this.tick.steps(order.stopPrice());
		if (ticks == GridStep.OFF_GRID) {
			reject(id, account, Reason.OFF_TICK_PRICE);
			return;
		}
		long lots = this.lot.steps(order.quantity());
		if (lots == GridStep.OFF_GRID) {
			reject(id, account, Reason.OFF_LOT_QUANTITY);
			return;
		}
		Funds funds = funds(account);
		StopOrder stop = new StopOrder(id, account, funds, order.side(), ticks, lots);
		if (this.lastTicks != NO_TRADE && stop.isTriggeredBy(this.lastTicks)) {
			reject(id, account, Reason.STOP_WOULD_TRIGGER);
			return;
		}
		if (order.side() == Side.SELL) {
			// the base is set aside now so that the stop can always sell when it triggers
			if (funds.availableBase().compareTo(order.quantity()) < 0) {
				reject(id, account, Reason.INSUFFICIENT_BALANCE);
				return;
			}
			funds.baseReserved = funds.baseReserved.add(order.quantity());
		}
		this.events.accept(new OrderAccepted(id, account, order));
		this.stops.add(stop);
	}

	private void cancel(long account, long orderId) {
		RestingOrder resting = this.book.find(orderId);
		if (resting != null && resting.account == account) {
			this.book.remove(resting);
			cancelRemainder(resting, Reason.CANCELED_BY_TRADER);
			return;
		}
		StopOrder stop = this.stops.find(orderId);
		if (stop != null && stop.account() == account) {
			this.stops.remove(stop);
			cancelRemainder(stop.toMarketOrder(), Reason.CANCELED_BY_TRADER);
			return;
		}
		reject(orderId, account, Reason.UNKNOWN_ORDER);
	}

	private void recordTrade(BigDecimal price) {
		long ticks = this.tick.steps(price);
		if (ticks == GridStep.OFF_GRID) {
			throw new IllegalArgumentException("market trade price off the tick " + this.tick.step() + ": " + price);
		}
		this.lastTicks = ticks;
	}

	/** Fires triggered stops, oldest first, until none is left triggered. */
	private void fireStops() {
		if (this.lastTicks == NO_TRADE || this.stops.size() == 0) {
			return;
		}
		StopOrder stop;
		while ((stop = this.stops.oldestTriggered(this.lastTicks)) != null) {
			this.stops.remove(stop);
			this.events.accept(new StopTriggered(stop.id(), stop.account(), this.tick.value(this.lastTicks)));
			RestingOrder incoming = stop.toMarketOrder();
			if (!canAfford(incoming)) {
				cancelRemainder(incoming, Reason.INSUFFICIENT_BALANCE);
				continue;
			}
			execute(incoming);
		}
	}

	/** Matches a market order and cancels what the book could not fill. */
	private void execute(RestingOrder incoming) {
		match(incoming);
		if (incoming.lots > 0) {
			cancelRemainder(incoming, Reason.NO_LIQUIDITY);
		}
	}

	/**
	 * Whether the account can pay for a market order: a sell needs its base (unless it
	 * reserved it as a stop), a buy the value it would take from the book now, taker fee
	 * included. Nothing changes between this check and the match, so the check is exact.
	 */
	private boolean canAfford(RestingOrder order) {
		if (!order.isBuy()) {
			return order.reserved || order.funds.availableBase().compareTo(this.lot.value(order.lots)) >= 0;
		}
		BookSide asks = this.book.asks;
		long wanted = order.lots;
		long valueInTickLots = 0;
		for (int rank = 0; rank < asks.depth() && wanted > 0; rank++) {
			PriceLevel level = asks.level(rank);
			for (RestingOrder ask = level.head; ask != null && wanted > 0; ask = ask.next) {
				if (ask.account != order.account) {
					long lots = Math.min(wanted, ask.lots);
					valueInTickLots = Math.addExact(valueInTickLots, Math.multiplyExact(lots, level.priceTicks));
					wanted -= lots;
				}
			}
		}
		BigDecimal cost = BigDecimal.valueOf(valueInTickLots).multiply(this.tickLotValue).multiply(this.takerFactor);
		return order.funds.availableQuote().compareTo(cost) >= 0;
	}

	/**
	 * Trades {@code incoming} against the other side, best price first and oldest first
	 * at each price, while its limit allows.
	 */
	private void match(RestingOrder incoming) {
		BookSide opposite = this.book.opposite(incoming.isBuy());
		while (incoming.lots > 0) {
			PriceLevel level = opposite.best();
			if (level == null || !incoming.accepts(level.priceTicks)) {
				return;
			}
			RestingOrder resting = level.head;
			while (resting != null && incoming.lots > 0) {
				RestingOrder next = resting.next;
				if (resting.account == incoming.account) {
					this.book.remove(resting);
					cancelRemainder(resting, Reason.SELF_TRADE);
				}
				else {
					trade(incoming, resting, level);
				}
				resting = next;
			}
		}
	}

	private void trade(RestingOrder taker, RestingOrder maker, PriceLevel level) {
		long lots = Math.min(taker.lots, maker.lots);
		taker.lots -= lots;
		maker.lots -= lots;
		BigDecimal price = level.price;
		BigDecimal quantity = this.lot.value(lots);
		BigDecimal value = price.multiply(quantity);
		// value * rate is price * quantity * rate, the same exact decimal PercentFee
		// returns
		BigDecimal takerFee = value.multiply(this.takerRate);
		BigDecimal makerFee = value.multiply(this.makerRate);
		settle(taker, quantity, value, takerFee);
		settle(maker, quantity, value, makerFee);
		this.feesCollected = this.feesCollected.add(takerFee).add(makerFee);
		this.lastTicks = level.priceTicks;
		long tradeId = this.nextTradeId++;
		this.events.accept(execution(tradeId, taker, price, quantity, takerFee, Liquidity.TAKER));
		this.events.accept(execution(tradeId, maker, price, quantity, makerFee, Liquidity.MAKER));
		if (maker.lots == 0) {
			this.book.remove(maker);
		}
	}

	/** Moves the money of one side of a trade and frees what the traded part reserved. */
	private void settle(RestingOrder order, BigDecimal quantity, BigDecimal value, BigDecimal fee) {
		Funds funds = order.funds;
		if (order.isBuy()) {
			funds.quote = funds.quote.subtract(value).subtract(fee);
			funds.base = funds.base.add(quantity);
			if (order.reserved) {
				funds.quoteReserved = funds.quoteReserved.subtract(buyReservation(order.price, quantity));
			}
		}
		else {
			funds.base = funds.base.subtract(quantity);
			funds.quote = funds.quote.add(value).subtract(fee);
			if (order.reserved) {
				funds.baseReserved = funds.baseReserved.subtract(quantity);
			}
		}
	}

	private BigDecimal buyReservation(BigDecimal limit, BigDecimal quantity) {
		return limit.multiply(quantity).multiply(this.reserveFactor);
	}

	/** Cancels what is left of an order that is no longer in the book or the stops. */
	private void cancelRemainder(RestingOrder order, Reason reason) {
		BigDecimal quantity = this.lot.value(order.lots);
		if (order.reserved) {
			Funds funds = order.funds;
			if (order.isBuy()) {
				funds.quoteReserved = funds.quoteReserved.subtract(buyReservation(order.price, quantity));
			}
			else {
				funds.baseReserved = funds.baseReserved.subtract(quantity);
			}
		}
		order.lots = 0;
		this.events.accept(new OrderCanceled(order.id, order.account, quantity, reason));
	}

	private ExchangeEvent execution(long tradeId, RestingOrder order, BigDecimal price, BigDecimal quantity,
			BigDecimal fee, Liquidity liquidity) {
		if (order.lots == 0) {
			return new OrderFilled(tradeId, order.id, order.account, order.side, price, quantity, fee, liquidity);
		}
		return new OrderPartiallyFilled(tradeId, order.id, order.account, order.side, price, quantity, fee, liquidity,
				this.lot.value(order.lots));
	}

	private void reject(long orderId, long account, Reason reason) {
		this.events.accept(new OrderRejected(orderId, account, reason));
	}

	private Funds funds(long account) {
		return this.accounts.computeIfAbsent(account, (id) -> new Funds());
	}

	/**
	 * Checks the book and the balances agree: the book is sorted and not crossed, no
	 * balance or reservation is negative or over its total, and every account's
	 * reservations are exactly what its open orders hold. For tests, after every command.
	 */
	void checkInvariants() {
		this.book.checkInvariants();
		Map<Long, BigDecimal[]> expected = new HashMap<>();
		for (RestingOrder order : this.book.orders()) {
			BigDecimal[] reserved = expected.computeIfAbsent(order.account, (a) -> zeros());
			BigDecimal quantity = this.lot.value(order.lots);
			if (order.isBuy()) {
				reserved[1] = reserved[1].add(buyReservation(order.price, quantity));
			}
			else {
				reserved[0] = reserved[0].add(quantity);
			}
		}
		for (StopOrder stop : this.stops.orders()) {
			if (stop.side() == Side.SELL) {
				BigDecimal[] reserved = expected.computeIfAbsent(stop.account(), (a) -> zeros());
				reserved[0] = reserved[0].add(this.lot.value(stop.lots()));
			}
		}
		this.accounts.forEach((account, funds) -> {
			BigDecimal[] reserved = expected.getOrDefault(account, zeros());
			if (funds.baseReserved.compareTo(reserved[0]) != 0 || funds.quoteReserved.compareTo(reserved[1]) != 0) {
				throw new IllegalStateException("account " + account + " reserves " + funds.baseReserved + " / "
						+ funds.quoteReserved + ", its orders hold " + reserved[0] + " / " + reserved[1]);
			}
			if (funds.availableBase().signum() < 0 || funds.availableQuote().signum() < 0) {
				throw new IllegalStateException("account " + account + " is overdrawn: " + funds.base + " / "
						+ funds.quote + " holding " + funds.baseReserved + " / " + funds.quoteReserved);
			}
		});
	}

	private static BigDecimal[] zeros() {
		return new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO };
	}

}
