package sage.server.trading;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.Account;
import sage.engine.sim.Position;
import sage.engine.strategy.StrategyDefinition;
import sage.server.market.Instrument;
import sage.server.market.MarketProblems;
import sage.server.market.PriceHistory;
import sage.server.market.Instruments;
import sage.server.market.ProviderSymbols;
import sage.server.identity.SignedInUser;
import sage.server.platform.ProblemException;
import sage.server.trading.account.TradingAccountStore;
import sage.server.trading.account.TradingAccountStore.StoredAccount;
import sage.server.trading.backtest.BacktestEngine;
import sage.server.trading.bot.BotLedger;
import sage.server.trading.bot.BotRow;
import sage.server.trading.bot.BotStore;
import sage.server.trading.bot.BotSupervisor;
import sage.server.trading.order.OrderStore;

/**
 * Paper bots: create one (a strategy on an instrument's stored bars, with capital from a
 * paper account and risk limits), start, pause and stop it, and read its position, P&L,
 * equity curve, orders and fills. The kill switches stop bots and cancel their orders:
 * one user's, or everyone's. Every change is audited ({@link TradingEvent}). Another
 * user's bot id finds nothing.
 */
@Service
public class Bots {

	private static final Logger log = LoggerFactory.getLogger(Bots.class);

	/** Most bots one user keeps. */
	static final int MAX_BOTS = 50;

	private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

	/** More bars than any stored series holds (as a backtest loads them). */
	static final int MAX_BARS = 2_000_000;

	private static final List<BotState> ACTIVE = List.of(BotState.NEW, BotState.RUNNING, BotState.PAUSED);

	private final BotStore bots;

	private final TradingAccountStore accounts;

	private final OrderStore orders;

	private final TradingAccounts tradingAccounts;

	private final Backtests backtests;

	private final Instruments instruments;

	private final PriceHistory history;

	private final BotSupervisor supervisor;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final LiveOrders liveOrders;

	Bots(BotStore bots, TradingAccountStore accounts, OrderStore orders, TradingAccounts tradingAccounts,
			Backtests backtests, Instruments instruments, PriceHistory history, BotSupervisor supervisor,
			ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock, LiveOrders liveOrders) {
		this.liveOrders = liveOrders;
		this.bots = bots;
		this.accounts = accounts;
		this.orders = orders;
		this.tradingAccounts = tradingAccounts;
		this.backtests = backtests;
		this.instruments = instruments;
		this.history = history;
		this.supervisor = supervisor;
		this.events = events;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Creates a bot for a signed-in user: on a live account only from a session that
	 * proved a second factor, as every live order is.
	 * @throws ProblemException as {@link #create(UUID, BotSpec)}, and
	 * {@code second-factor-required}
	 */
	public Bot create(SignedInUser user, BotSpec spec) {
		if (spec.accountId() != null && this.accounts.findLive(spec.accountId()).isPresent()) {
			TradingAccounts.requireSecondFactor(user);
		}
		return create(user.id(), spec);
	}

	/**
	 * Creates a bot, not started, audited. On a paper account it replays the stored bars
	 * from {@code replayFrom} at its pace; on a live account it trades the bars that
	 * close after it starts, at its exchange.
	 * @throws ProblemException for an unknown account, strategy or instrument, invalid
	 * parameters or limits, too few bars, a name taken, or capital the account cannot
	 * give
	 */
	public Bot create(UUID owner, BotSpec spec) {
		String name = (spec.name() != null) ? spec.name().strip() : "";
		if (name.isEmpty() || name.length() > 60) {
			throw ProblemException.invalidField("name", "must be 1 to 60 characters");
		}
		if (spec.barsPerSecond() < 1 || spec.barsPerSecond() > 1000) {
			throw ProblemException.invalidField("barsPerSecond", "must be from 1 to 1000");
		}
		Backtests.checkMoney(spec.capital(), spec.commission());
		try {
			spec.limits().riskLimits();
		}
		catch (IllegalArgumentException ex) {
			throw ProblemException.invalidField("limits", ex.getMessage());
		}
		StrategyDefinition definition = this.backtests.strategy(spec.strategy());
		Map<String, BigDecimal> params = Backtests.params(definition, spec.params()).values();
		Instrument instrument = this.instruments.find(spec.symbol())
			.orElseThrow(() -> MarketProblems.instrumentNotFound(spec.symbol()));
		Optional<StoredAccount> live = (spec.accountId() != null) ? this.accounts.findLive(spec.accountId())
				: Optional.empty();
		if (live.isPresent() && ProviderSymbols.of(live.get().venue(), instrument).isEmpty()) {
			throw ProblemException.invalidField("symbol", live.get().venue() + " does not list " + instrument.symbol()
					+ ": a live bot trades a crypto pair its exchange lists, such as BTC-USDT");
		}
		Timeframe timeframe = Timeframe.ofCode(spec.interval())
			.orElseThrow(() -> ProblemException.invalidField("interval", "must be one of "
					+ String.join(", ", instrument.series().stream().map((s) -> s.timeframe().code()).toList())));
		Instant from = (spec.replayFrom() != null) ? spec.replayFrom() : EARLIEST;
		BarSeries bars = this.history.bars(instrument, timeframe, from, LATEST, MAX_BARS).bars();
		if (live.isEmpty()) {
			BacktestEngine.checkEnough(bars);
		}
		Instant now = this.clock.instant();
		// a live bot trades from the bar after its start, with no end: no bars to replay
		BotRow row = new BotRow(UUID.randomUUID().toString(), owner, spec.accountId(), name, definition.id(), params,
				instrument.symbol(), timeframe.code(), live.isPresent() ? now : Instant.ofEpochMilli(bars.time(0)),
				spec.barsPerSecond(), spec.capital().stripTrailingZeros(), instrument.currency(), spec.commission(),
				spec.limits(), BotState.NEW, null, 0, live.isPresent() ? 0 : bars.size(), null, null, null, now);
		this.transaction.executeWithoutResult((status) -> {
			TradingAccount account = this.tradingAccounts.find(owner, spec.accountId())
				.orElseThrow(() -> TradingAccounts.notFound(spec.accountId()));
			if (this.bots.nameTaken(owner, name)) {
				throw new ProblemException(TradingProblems.NAME_TAKEN, "You already have a bot named '" + name + "'.");
			}
			if (this.bots.list(owner).size() >= MAX_BOTS) {
				throw ProblemException.invalidField("name", "you keep " + MAX_BOTS + " bots already");
			}
			BigDecimal available = account.balances()
				.stream()
				.filter((b) -> b.currency().equals(instrument.currency()))
				.map(TradingAccount.Balance::available)
				.findFirst()
				.orElse(BigDecimal.ZERO);
			if (spec.capital().compareTo(available) > 0) {
				throw new ProblemException(TradingProblems.INSUFFICIENT_BALANCE,
						"The account has " + available.toPlainString() + " " + instrument.currency()
								+ " available; the bot asks for " + spec.capital().toPlainString() + ".");
			}
			this.bots.insert(row);
			this.events.publishEvent(new TradingEvent.BotCreated(owner, row.id(), name, row.strategy(), row.symbol(),
					row.accountId(), now));
		});
		return view(row);
	}

	/** The owner's bots, newest first. */
	public List<Bot> list(UUID owner) {
		// three queries for the whole list, not three per bot
		Map<String, List<TradingFill>> fills = this.orders.fillsOfBotsOf(owner);
		Map<String, Integer> open = this.orders.openOfBotsOf(owner);
		java.util.Set<String> live = this.accounts.liveIdsOf(owner);
		return this.bots.list(owner)
			.stream()
			.map((bot) -> view(bot, fills.getOrDefault(bot.id(), List.of()), open.getOrDefault(bot.id(), 0),
					live.contains(bot.accountId())))
			.toList();
	}

	/** The owner's bot with this id. */
	public Optional<Bot> find(UUID owner, String id) {
		return this.bots.find(owner, id).map(this::view);
	}

	/**
	 * Starts or resumes a bot for a signed-in user: a live one only from a session that
	 * proved a second factor.
	 * @throws ProblemException as {@link #start(UUID, String)}, and
	 * {@code second-factor-required}
	 */
	public Bot start(SignedInUser user, String id) {
		BotRow bot = this.bots.find(user.id(), id).orElseThrow(() -> notFound(id));
		if (this.accounts.findLive(bot.accountId()).isPresent()) {
			TradingAccounts.requireSecondFactor(user);
		}
		return start(user.id(), id);
	}

	/**
	 * Starts a new bot, or resumes a paused one: a node takes it within a second,
	 * reconciles it and trades.
	 * @throws ProblemException {@code bot-not-found}, or {@code bot-state-conflict} for a
	 * bot that is running or has ended
	 */
	public Bot start(UUID owner, String id) {
		Bot bot = move(owner, id, List.of(BotState.NEW, BotState.PAUSED), BotState.RUNNING, null, "start");
		this.supervisor.take(id);
		this.supervisor.wake();
		return bot;
	}

	/** Pauses a running bot; its orders keep working. */
	public Bot pause(UUID owner, String id) {
		return move(owner, id, List.of(BotState.RUNNING), BotState.PAUSED, null, "pause");
	}

	/** Stops a bot for good and cancels its orders. */
	public Bot stop(UUID owner, String id) {
		return move(owner, id, ACTIVE, BotState.STOPPED, "stopped by its owner", "stop");
	}

	/**
	 * The kill switch of one user: stops every bot of theirs that can still trade and
	 * cancels its orders.
	 * @return the bots stopped
	 */
	public KillSwitchOutcome killSwitch(UUID owner) {
		return kill(owner, owner.toString(), false);
	}

	/**
	 * The administrators' kill switch: stops every bot of every user.
	 * @param actor the administrator
	 * @return the bots stopped
	 */
	public KillSwitchOutcome killSwitchForAll(UUID actor) {
		return kill(null, actor.toString(), true);
	}

	private KillSwitchOutcome kill(@Nullable UUID owner, String actor, boolean global) {
		int stopped = 0;
		for (BotRow bot : this.bots.inStates(owner, ACTIVE)) {
			if (stopQuietly(bot, "kill switch", "kill-switch")) {
				stopped++;
			}
		}
		LiveOrders.Cancelled cancelled = this.liveOrders.cancelAllWorking(owner);
		KillSwitchOutcome outcome = new KillSwitchOutcome(stopped, cancelled.canceled(), cancelled.left());
		UUID audited = (owner != null) ? owner : UUID.fromString(actor);
		this.transaction.executeWithoutResult(
				(status) -> this.events.publishEvent(new TradingEvent.KillSwitchPulled(audited, global, actor,
						outcome.botsStopped(), outcome.ordersCanceled(), outcome.ordersLeft(), this.clock.instant())));
		return outcome;
	}

	/**
	 * What a kill switch did.
	 *
	 * @param botsStopped the bots it stopped (their working orders cancelled with them)
	 * @param ordersCanceled live orders placed by hand that it cancelled
	 * @param ordersLeft live orders still working: their exchange could not be asked, or
	 * they were placed outside Sage
	 */
	public record KillSwitchOutcome(int botsStopped, int ordersCanceled, int ordersLeft) {
	}

	/** The bot's orders, newest first. */
	public List<TradingOrder> orders(UUID owner, String id, int limit) {
		BotRow bot = this.bots.find(owner, id).orElseThrow(() -> notFound(id));
		return this.orders.ofBot(bot.id(), limit);
	}

	/** The bot's fills, oldest first. */
	public List<TradingFill> fills(UUID owner, String id) {
		BotRow bot = this.bots.find(owner, id).orElseThrow(() -> notFound(id));
		return this.orders.fillsOfBot(bot.id());
	}

	/** The bot's equity curve, at most {@code limit} points evenly spaced. */
	public List<EquityPoint> equity(UUID owner, String id, int limit) {
		BotRow bot = this.bots.find(owner, id).orElseThrow(() -> notFound(id));
		return this.bots.equity(bot.id(), limit);
	}

	/** The owner's orders, on one account or all, newest first. */
	public List<TradingOrder> ordersOf(UUID owner, @Nullable String accountId, int limit) {
		return this.orders.ofOwner(owner, accountId, limit);
	}

	/** The owner's fills, on one account or all, newest first. */
	public List<TradingFill> fillsOf(UUID owner, @Nullable String accountId, int limit) {
		return this.orders.fillsOfOwner(owner, accountId, limit);
	}

	/** The problem for a bot id the caller does not have. */
	public static ProblemException notFound(String id) {
		return new ProblemException(TradingProblems.BOT_NOT_FOUND, "No bot of yours has the id '" + id + "'.");
	}

	private Bot move(UUID owner, String id, List<BotState> from, BotState to, @Nullable String reason, String action) {
		BotRow bot = this.bots.find(owner, id).orElseThrow(() -> notFound(id));
		if (to == BotState.STOPPED) {
			if (!stopQuietly(bot, reason, "owner")) {
				throw conflict(bot, action);
			}
		}
		else {
			this.transaction.executeWithoutResult((status) -> {
				if (!this.bots.transition(id, from, to, reason, this.clock.instant())) {
					throw conflict(bot, action);
				}
				this.events.publishEvent(new TradingEvent.BotStateChanged(owner, id, bot.state(), to, reason, "owner",
						this.clock.instant()));
			});
		}
		return find(owner, id).orElseThrow(() -> notFound(id));
	}

	/** Stops a bot for good and cancels its working orders, audited. */
	private boolean stopQuietly(BotRow bot, @Nullable String reason, String by) {
		boolean live = this.accounts.findLive(bot.accountId()).isPresent();
		Boolean stopped = this.transaction.execute((status) -> {
			if (!this.bots.transition(bot.id(), ACTIVE, BotState.STOPPED, reason, this.clock.instant())) {
				return false;
			}
			Instant now = this.clock.instant();
			this.events.publishEvent(new TradingEvent.BotStateChanged(bot.owner(), bot.id(), bot.state(),
					BotState.STOPPED, reason, by, now));
			this.events.publishEvent(new TradingEvent.BotStopped(bot.owner(), bot.id(), BotState.STOPPED, reason, now));
			if (live) {
				return true;
			}
			// a paper venue lives only in the memory of the node running the bot, and the
			// bot never runs again: its orders end here. A node running it loses its
			// lease with this change, so the bar it is on is not kept.
			for (TradingOrder order : this.orders.ofBot(bot.id(), 1_000_000)) {
				if (this.orders.transition(order.id(), OrderState.WORKING, OrderState.CANCELED, "the bot was stopped",
						null, now)) {
					this.events.publishEvent(new TradingEvent.OrderEnded(bot.owner(), order.id(), order.clientOrderId(),
							bot.id(), OrderState.CANCELED, "the bot was stopped", now));
				}
			}
			return true;
		});
		if (live && Boolean.TRUE.equals(stopped)) {
			// a live bot's orders work at its exchange: they are asked to cancel there,
			// once the bot is stopped and can place no more. One the exchange cannot be
			// asked about stays working, kept in step by the poller.
			LiveOrders.Cancelled cancelled = this.liveOrders.cancelWorkingOfBot(bot.accountId(), bot.id());
			if (cancelled.left() > 0) {
				log.warn("Bot {} stopped; {} of its orders could not be cancelled at the exchange yet", bot.id(),
						cancelled.left());
			}
		}
		return Boolean.TRUE.equals(stopped);
	}

	private static ProblemException conflict(BotRow bot, String action) {
		return new ProblemException(TradingProblems.BOT_STATE_CONFLICT,
				"The bot is " + bot.state().name().toLowerCase(java.util.Locale.ROOT) + "; it cannot " + action + ".");
	}

	/** The bot with its position, cash and P&L worked out from its fills. */
	private Bot view(BotRow bot) {
		return view(bot, this.orders.fillsOfBot(bot.id()), this.orders.openOfBot(bot.id()),
				this.accounts.findLive(bot.accountId()).isPresent());
	}

	private Bot view(BotRow bot, List<TradingFill> kept, int openOrders, boolean live) {
		Account account = BotLedger.of(bot, kept);
		Position position = account.position();
		BigDecimal cash = account.cash();
		BigDecimal realised = account.realisedPnl();
		BigDecimal fees = account.feesPaid();
		BigDecimal mark = bot.lastPrice();
		BigDecimal unrealised = (mark != null && !position.isFlat()) ? position.unrealisedPnl(mark) : BigDecimal.ZERO;
		BigDecimal equity = (mark != null) ? cash.add(position.marketValue(mark)) : cash;
		return new Bot(bot.id(), bot.name(), bot.accountId(), live, bot.strategy(), bot.params(), bot.symbol(),
				bot.timeframe(), bot.currency(), bot.state(), bot.stateReason(), bot.barsPerSecond(), bot.barsDone(),
				bot.barsTotal(), bot.lastBarAt(), mark, bot.capital(), plain(cash), plain(position.quantity()),
				position.isFlat() ? null : plain(position.averagePrice()), plain(realised), plain(unrealised),
				plain(fees), plain(equity), openOrders, bot.limits(), bot.createdAt());
	}

	private static BigDecimal plain(BigDecimal value) {
		return TradingAccounts.plain(value);
	}

}
