package sage.server.trading.bot;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.StrategyDefinition;
import sage.server.market.Instrument;
import sage.server.market.Instruments;
import sage.server.market.ProviderSymbols;
import sage.server.market.PriceHistory;
import sage.server.trading.LiveOrders;
import sage.server.trading.StrategyCatalog;
import sage.server.trading.account.TradingAccountStore;
import sage.server.trading.account.TradingAccountStore.StoredAccount;
import sage.server.trading.backtest.BacktestEngine;

/**
 * Runs the running bots this node holds the lease of, each on a virtual thread. Every
 * second it renews its leases (a bot whose lease it lost is halted: another node runs it
 * now) and takes the running bots nobody holds: newly started ones, and those of a node
 * that died and let its lease lapse. Every node does the same; the lease makes each bot
 * run on exactly one.
 */
@Component
public class BotSupervisor {

	private static final Logger log = LoggerFactory.getLogger(BotSupervisor.class);

	private static final Instant LATEST = Instant.parse("2200-12-31T23:59:59Z");

	/** More bars than any stored series holds (as a backtest loads them). */
	static final int MAX_BARS = 2_000_000;

	private final BotStore bots;

	private final BotRuntime runtime;

	private final BotNode node;

	private final Instruments instruments;

	private final PriceHistory history;

	private final StrategyCatalog strategies;

	private final Clock clock;

	private final Duration lease;

	private final boolean enabled;

	private final TradingAccountStore accounts;

	private final LiveOrders liveOrders;

	private final Duration livePoll;

	private final Map<String, BotLoop> running = new ConcurrentHashMap<>();

	private @Nullable ScheduledExecutorService timer;

	BotSupervisor(BotStore bots, BotRuntime runtime, BotNode node, Instruments instruments, PriceHistory history,
			StrategyCatalog strategies, Clock clock, TradingAccountStore accounts, LiveOrders liveOrders,
			@Value("${sage.trading.bots.lease:15s}") Duration lease,
			@Value("${sage.trading.bots.live-poll:2s}") Duration livePoll,
			@Value("${sage.trading.bots.enabled:true}") boolean enabled) {
		this.accounts = accounts;
		this.liveOrders = liveOrders;
		this.livePoll = livePoll;
		this.bots = bots;
		this.runtime = runtime;
		this.node = node;
		this.instruments = instruments;
		this.history = history;
		this.strategies = strategies;
		this.clock = clock;
		this.lease = lease;
		this.enabled = enabled;
	}

	@EventListener(ApplicationReadyEvent.class)
	synchronized void start() {
		if (!this.enabled || this.timer != null) {
			return;
		}
		ScheduledExecutorService executor = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("bot-supervisor").daemon(true).factory());
		executor.scheduleWithFixedDelay(this::tick, 0, Math.min(1000, this.lease.toMillis() / 3),
				TimeUnit.MILLISECONDS);
		this.timer = executor;
		log.info("Bot supervisor on node {}: leases of {}", this.node.id(), this.lease);
	}

	/** Whether this node runs the bot now. */
	public boolean runsHere(String botId) {
		return this.running.containsKey(botId);
	}

	/**
	 * Takes the lease of a bot just started or resumed on this node, so that it runs here
	 * at once rather than on whichever node's round comes first.
	 */
	public void take(String botId) {
		// A loop still here from before a pause has not seen the pause yet, and its lease
		// would be good again: halt it, so that the resumed bot is a new run that reads
		// the ledger afresh and reconciles it. The round launches the new run once the
		// old one has returned.
		BotLoop before = this.running.get(botId);
		if (before != null) {
			before.halt();
		}
		this.bots.lease(botId, this.node.id(), this.clock.instant().plus(this.lease));
	}

	/** Runs the supervisor's round now (for a caller that just started a bot). */
	public void wake() {
		ScheduledExecutorService executor = this.timer;
		if (executor != null) {
			executor.execute(this::tick);
		}
	}

	private void tick() {
		try {
			Instant now = this.clock.instant();
			Instant until = now.plus(this.lease);
			this.running.forEach((id, bot) -> {
				if (!this.bots.renew(id, this.node.id(), until)) {
					bot.halt();
				}
			});
			for (String id : this.bots.leasedTo(this.node.id(), now)) {
				// started or resumed through this node
				if (!this.running.containsKey(id)) {
					this.bots.find(id).ifPresent(this::launch);
				}
			}
			for (String id : this.bots.unclaimed(now)) {
				if (!this.running.containsKey(id) && this.bots.claim(id, this.node.id(), now, until)) {
					this.bots.find(id).ifPresent(this::launch);
				}
			}
		}
		catch (RuntimeException ex) {
			// an exception would cancel the schedule: log it and go on next round
			log.warn("Bot supervisor round failed: {}", ex.getMessage());
		}
	}

	private void launch(BotRow bot) {
		BotLoop loop;
		try {
			Optional<StoredAccount> live = this.accounts.findLive(bot.accountId());
			loop = live.isPresent() ? liveBot(bot, live.get()) : paperBot(bot);
		}
		catch (RuntimeException ex) {
			log.warn("Bot {} cannot start: {}", bot.id(), ex.getMessage());
			this.runtime.fail(bot, "cannot start: " + ex.getMessage());
			return;
		}
		this.running.put(bot.id(), loop);
		Thread.ofVirtual().name("bot-" + bot.id()).start(() -> {
			try {
				loop.run();
			}
			finally {
				this.running.remove(bot.id(), loop);
			}
		});
		log.info("Bot {} ({} on {}) runs on this node from bar {}", bot.id(), bot.strategy(), bot.symbol(),
				bot.barsDone());
	}

	private PaperBot paperBot(BotRow bot) {
		Instrument instrument = this.instruments.find(bot.symbol())
			.orElseThrow(() -> new IllegalStateException("instrument " + bot.symbol() + " is gone"));
		Timeframe timeframe = Timeframe.ofCode(bot.timeframe())
			.orElseThrow(() -> new IllegalStateException("unknown interval " + bot.timeframe()));
		BarSeries stored = this.history.bars(instrument, timeframe, bot.replayFrom(), LATEST, MAX_BARS).bars();
		if (stored.size() < bot.barsTotal()) {
			throw new IllegalStateException("the stored bars shrank to " + stored.size() + " from the "
					+ bot.barsTotal() + " the bot was created with");
		}
		// the bars the bot was created with, even when more were stored since: a replay
		// must see what the first run saw
		BarSeries bars = stored.between(stored.time(0), stored.time(bot.barsTotal() - 1) + 1);
		StrategyDefinition definition = this.strategies.find(bot.strategy())
			.orElseThrow(() -> new IllegalStateException("strategy " + bot.strategy() + " is gone"));
		SimulationSettings settings = new SimulationSettings(BacktestEngine.instrumentSpec(instrument, bars),
				PercentFee.of(bot.commission()), new NoSlippage(), bot.capital());
		return new PaperBot(bot, bars, settings, definition.create(bot.params()), this.runtime);
	}

	private LiveBot liveBot(BotRow bot, StoredAccount account) {
		Instrument instrument = this.instruments.find(bot.symbol())
			.orElseThrow(() -> new IllegalStateException("instrument " + bot.symbol() + " is gone"));
		Timeframe timeframe = Timeframe.ofCode(bot.timeframe())
			.orElseThrow(() -> new IllegalStateException("unknown interval " + bot.timeframe()));
		String venueSymbol = ProviderSymbols.of(account.venue(), instrument)
			.orElseThrow(() -> new IllegalStateException(account.venue() + " does not list " + bot.symbol()));
		StrategyDefinition definition = this.strategies.find(bot.strategy())
			.orElseThrow(() -> new IllegalStateException("strategy " + bot.strategy() + " is gone"));
		return new LiveBot(bot, instrument, timeframe, venueSymbol, definition.create(bot.params()), this.runtime,
				this.liveOrders, this.history, this.livePoll);
	}

	/**
	 * Halts the bots of this node and gives their leases up, so that another node takes
	 * them at once rather than when they lapse.
	 */
	@PreDestroy
	synchronized void stop() {
		if (this.timer != null) {
			this.timer.shutdownNow();
			this.timer = null;
		}
		this.running.values().forEach(BotLoop::halt);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (!this.running.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		this.bots.releaseAll(this.node.id(), this.clock.instant());
	}

}
