package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.engine.pretrade.RiskBreach;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.Account;
import sage.engine.sim.OpenOrder;
import sage.engine.sim.Order;
import sage.engine.sim.Side;
import sage.engine.sim.TimeInForce;
import sage.engine.strategy.LiveStrategyRun;
import sage.engine.strategy.LiveStrategyRun.Book;
import sage.engine.strategy.Strategy;
import sage.server.market.Instrument;
import sage.server.market.PriceHistory;
import sage.server.trading.BotState;
import sage.server.trading.LiveOrders;
import sage.server.trading.OrderState;
import sage.server.trading.TradingOrder;
import sage.server.trading.order.OrderStore.StoredOrder;
import sage.server.trading.venue.VenueInstrument;

/**
 * One bot at work on a live exchange account, on the node that holds its lease. Its
 * strategy decides at the close of each new bar of its instrument, as the market module
 * stores bars, on the position and cash its own fills give and on its orders working at
 * the exchange; its orders go out through {@link LiveOrders}, by the same path as an
 * order placed by hand.
 *
 * <p>
 * Before it trades it reconciles: the account's orders are brought in step with the
 * exchange (working orders looked at, fills made while Sage was down read, orders placed
 * elsewhere imported and flagged), and the orders an earlier run of the bot left working
 * are cancelled, since the strategy is a new instance that does not know them. When
 * either cannot be done the bot fails and says why; it never trades on a book it could
 * not check (fail closed).
 *
 * <p>
 * A bar that closed before the bot started is not traded on, and when several closed
 * while it could not run it decides on the newest only: deciding on old prices would
 * place orders the market has left behind. Each bar is marked decided before the strategy
 * sees it, so that no bar is decided twice.
 */
final class LiveBot implements BotLoop {

	private static final Logger log = LoggerFactory.getLogger(LiveBot.class);

	/** Bars of history the strategy sees before the bar it decides on. */
	static final int HISTORY = 1_000;

	private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

	private final BotRow bot;

	private final Instrument instrument;

	private final Timeframe timeframe;

	private final String venueSymbol;

	private final Strategy strategy;

	private final BotRuntime runtime;

	private final LiveOrders liveOrders;

	private final PriceHistory history;

	private final Duration poll;

	private final RiskGate risk;

	private volatile boolean halted;

	private @Nullable String stopReason;

	/** The close and equity of the bar being decided on, for the pre-trade check. */
	private BigDecimal close = BigDecimal.ZERO;

	private BigDecimal equity = BigDecimal.ZERO;

	private int decidedBar;

	LiveBot(BotRow bot, Instrument instrument, Timeframe timeframe, String venueSymbol, Strategy strategy,
			BotRuntime runtime, LiveOrders liveOrders, PriceHistory history, Duration poll) {
		this.bot = bot;
		this.instrument = instrument;
		this.timeframe = timeframe;
		this.venueSymbol = venueSymbol;
		this.strategy = strategy;
		this.runtime = runtime;
		this.liveOrders = liveOrders;
		this.history = history;
		this.poll = poll;
		this.risk = new RiskGate(bot.limits(), venueSymbol, bot.capital());
	}

	/**
	 * The client order id of a live bot's order {@code number}: {@code b}, 20 hex digits
	 * of the bot id and the number in 11 hex digits. 32 letters and digits, which every
	 * supported exchange takes (OKX: letters and digits, at most 32).
	 */
	static String clientOrderId(String botId, int number) {
		return "b" + botId.replace("-", "").substring(0, 20) + HexFormat.of().toHexDigits(number, 11);
	}

	/** The submission number of a live bot's client order id; empty for another id. */
	static Optional<Integer> number(String botId, String clientOrderId) {
		String prefix = "b" + botId.replace("-", "").substring(0, 20);
		if (clientOrderId.length() != 32 || !clientOrderId.startsWith(prefix)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Integer.parseInt(clientOrderId.substring(prefix.length()), 16));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void halt() {
		this.halted = true;
	}

	@Override
	public void run() {
		try {
			work();
		}
		catch (PaperBot.LeaseLost ex) {
			log.info("Live bot {} lost its lease (stopped, paused or taken over by another node)", this.bot.id());
		}
		catch (RuntimeException ex) {
			log.error("Live bot {} failed", this.bot.id(), ex);
			this.runtime.fail(this.bot, "error: " + ex.getMessage());
		}
	}

	private void work() {
		String failure = reconcile();
		if (failure != null) {
			log.warn("Live bot {} failed reconciliation: {}", this.bot.id(), failure);
			this.runtime.fail(this.bot, "reconciliation failed: " + failure);
			return;
		}
		VenueInstrument venueInstrument;
		try {
			venueInstrument = this.liveOrders.instrumentOf(this.bot.accountId(), this.venueSymbol);
		}
		catch (RuntimeException ex) {
			this.runtime.fail(this.bot, "cannot start: " + this.venueSymbol + "'s rules could not be read from "
					+ "the exchange: " + ex.getMessage());
			return;
		}
		LiveStrategyRun run = new LiveStrategyRun(venueInstrument.spec(), this.strategy, new Route(),
				this.runtime.orders().countOfBot(this.bot.id()));
		// bars closed before the start are history, not signals
		BarSeries atStart = closedBars();
		long lastDecided = (this.bot.lastBarAt() != null) ? this.bot.lastBarAt().toEpochMilli()
				: atStart.isEmpty() ? Long.MIN_VALUE : atStart.time(atStart.size() - 1);
		log.info("Live bot {} ({} on {} at {}) trades from the bar after {}", this.bot.id(), this.bot.strategy(),
				this.venueSymbol, this.bot.accountId(), Instant.ofEpochMilli(Math.max(0, lastDecided)));
		int barsDone = this.bot.barsDone();
		while (!this.halted) {
			if (this.runtime.stateOf(this.bot.id()) != BotState.RUNNING) {
				// a stop cancels the bot's orders where it was asked; a pause leaves them
				return;
			}
			BarSeries closed = closedBars();
			if (!closed.isEmpty() && closed.time(closed.size() - 1) > lastDecided) {
				if (decide(run, closed, barsDone)) {
					lastDecided = closed.time(closed.size() - 1);
					barsDone++;
				}
				if (this.stopReason != null) {
					stop(this.stopReason);
					return;
				}
			}
			pause();
		}
	}

	/**
	 * Brings the account in step with its exchange and cancels what an earlier run left
	 * working.
	 * @return why it could not, or null
	 */
	private @Nullable String reconcile() {
		// an intent an earlier run committed may still be on its way from its node: it is
		// looked up once it cannot be any more
		Instant settle = this.liveOrders.intentsSettleAt(this.bot.accountId(), this.bot.id());
		while (!this.halted && this.runtime.clock().instant().isBefore(settle)) {
			pause();
		}
		try {
			this.liveOrders.sync(this.bot.accountId(), this.venueSymbol);
		}
		catch (RuntimeException ex) {
			return "the exchange could not be asked for the account's orders and fills: " + ex.getMessage();
		}
		LiveOrders.Cancelled cancelled = this.liveOrders.cancelWorkingOfBot(this.bot.accountId(), this.bot.id());
		if (cancelled.left() > 0) {
			return cancelled.left() + " order(s) an earlier run left working could not be cancelled";
		}
		if (cancelled.canceled() > 0) {
			log.info("Live bot {}: cancelled {} order(s) an earlier run left working", this.bot.id(),
					cancelled.canceled());
		}
		return null;
	}

	/**
	 * Lets the strategy decide at the close of the newest closed bar.
	 * @return false when the account could not be brought in step first (asked again at
	 * the next round)
	 */
	private boolean decide(LiveStrategyRun run, BarSeries closed, int barsDone) {
		try {
			this.liveOrders.sync(this.bot.accountId(), this.venueSymbol);
		}
		catch (RuntimeException ex) {
			log.warn("Live bot {} waits: its account is not in step with the exchange ({})", this.bot.id(),
					ex.getMessage());
			return false;
		}
		int last = closed.size() - 1;
		Account account = BotLedger.of(this.bot, this.runtime.orders().fillsOfBot(this.bot.id()));
		this.close = BigDecimal.valueOf(closed.close(last));
		this.equity = account.equity(this.close);
		this.decidedBar = barsDone;
		// marked decided first: a crash while deciding never has the bar decided twice
		this.runtime.keepBar(this.bot,
				new BarRecord(barsDone, Instant.ofEpochMilli(closed.time(last)), this.close, this.equity, List.of()),
				true);
		this.risk.observe(barsDone + 1, closed.time(last), account.cash(), this.equity);
		run.onBar(closed, new Book(account.position(), account.cash(), working()));
		return true;
	}

	/** The bot's orders that may still work at the exchange, named by number. */
	private List<OpenOrder> working() {
		return this.runtime.orders()
			.workingOnAccount(this.bot.accountId())
			.stream()
			.map(StoredOrder::order)
			.filter((order) -> this.bot.id().equals(order.botId()) && !order.state().isFinal())
			.flatMap((order) -> number(this.bot.id(), order.clientOrderId())
				.map((number) -> new OpenOrder(number, engineOrder(order)))
				.stream())
			.toList();
	}

	private static Order engineOrder(TradingOrder order) {
		Side side = Side.valueOf(order.side());
		Order engine = ("LIMIT".equals(order.type()) && order.limitPrice() != null)
				? Order.limit(side, order.quantity(), order.limitPrice()).with(TimeInForce.valueOf(order.timeInForce()))
				: Order.market(side, order.quantity());
		return order.reduceOnly() ? reduceOnly(engine) : engine;
	}

	private static Order reduceOnly(Order order) {
		return switch (order) {
			case Order.Market m -> m.asReduceOnly();
			case Order.Limit l -> l.asReduceOnly();
			case Order.Stop s -> s.asReduceOnly();
			case Order.StopLimit s -> s.asReduceOnly();
		};
	}

	/** The stored bars of the instrument that have closed by now, the newest last. */
	private BarSeries closedBars() {
		Instant now = this.runtime.clock().instant();
		Instant from = now.minus(this.timeframe.duration().multipliedBy(HISTORY + 2));
		BarSeries bars = this.history.bars(this.instrument, this.timeframe, from, LATEST, HISTORY + 2).bars();
		long closedBefore = now.minus(this.timeframe.duration()).toEpochMilli();
		int closed = bars.size();
		while (closed > 0 && bars.time(closed - 1) > closedBefore) {
			closed--;
		}
		if (closed == 0) {
			return bars.last(0);
		}
		BarSeries done = bars.between(bars.time(0), bars.time(closed - 1) + 1);
		return (done.size() > HISTORY) ? done.last(HISTORY) : done;
	}

	/** Stops the bot for a risk limit, and cancels its orders at the exchange. */
	private void stop(String reason) {
		this.runtime.end(this.bot, BotState.STOPPED, reason, "risk");
		this.liveOrders.cancelWorkingOfBot(this.bot.accountId(), this.bot.id());
		this.halted = true;
	}

	private void pause() {
		try {
			Thread.sleep(this.poll.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.halted = true;
		}
	}

	/**
	 * The strategy's orders, to the exchange through the bot's and the account's checks.
	 */
	private final class Route implements LiveStrategyRun.OrderRoute {

		@Override
		public String submit(int number, Order order, Book book) {
			LiveBot live = LiveBot.this;
			RiskBreach breach = live.risk.check(order, live.close, book.position().quantity(), book.working().size(),
					live.equity);
			if (breach != null && breach.stopsTrading() && live.stopReason == null) {
				live.stopReason = breach.rule() + ": " + breach.reason();
			}
			BigDecimal limit = switch (order) {
				case Order.Limit l -> l.limitPrice();
				case Order.StopLimit s -> s.limitPrice();
				default -> null;
			};
			BigDecimal stop = switch (order) {
				case Order.Stop s -> s.stopPrice();
				case Order.StopLimit s -> s.stopPrice();
				default -> null;
			};
			LiveOrders.BotOrder sent = new LiveOrders.BotOrder(live.bot.owner(), live.bot.id(), live.bot.accountId(),
					clientOrderId(live.bot.id(), number), live.venueSymbol, order.side(), OrderDescription.type(order),
					order.quantity(), limit, stop, order.timeInForce(), order.reduceOnly(), live.decidedBar);
			String refusal = live.liveOrders.placeForBot(sent, breach, () -> live.runtime.requireLease(live.bot));
			if (refusal == null && live.runtime.stateOf(live.bot.id()) == BotState.STOPPED) {
				// stopped while the order was on its way: the stop could not cancel an
				// order the exchange had not heard of yet, so it is cancelled here
				live.liveOrders.cancelForBot(live.bot.accountId(), sent.clientOrderId());
			}
			return refusal;
		}

		@Override
		public boolean cancel(int number) {
			LiveBot live = LiveBot.this;
			return live.liveOrders.cancelForBot(live.bot.accountId(), clientOrderId(live.bot.id(), number));
		}

	}

}
