package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sage.engine.pretrade.RiskBreach;
import sage.engine.series.BarSeries;
import sage.engine.sim.Fill;
import sage.engine.sim.Order;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Strategy;
import sage.engine.strategy.StrategyRun;
import sage.engine.strategy.StrategyRun.OrderEvent;
import sage.server.trading.BotState;
import sage.server.trading.OrderState;
import sage.server.trading.order.OrderIntent;
import sage.server.trading.order.OrderStore.StoredOrder;
import sage.server.trading.order.StoredFill;

/**
 * One paper bot at work on the node that holds its lease: its strategy on the engine's
 * simulator over the stored bars, one bar per tick of its pace.
 *
 * <p>
 * The paper venue keeps no state of its own: it is rebuilt after every restart by running
 * the bot again from its first bar, silently, up to the bars already done. The strategy
 * then submits the same orders in the same order, so they get the same client order ids
 * (the bot id and the submission number) and the same fills (the client order id and the
 * fill number): each is checked against what the database holds, and what it lacks (an
 * order committed but not marked sent, fills of a bar the crash cut short) is written.
 * What the database holds that the replay does not make cannot be explained, and the bot
 * fails closed, saying so.
 *
 * <p>
 * Each bar is kept in one transaction (its orders' states, its fills, its equity point
 * and the count of bars done), only while this node holds the lease. An order's intent is
 * committed in a transaction of its own when the strategy submits it, before the
 * simulator sees it.
 */
final class PaperBot implements BotLoop {

	private static final Logger log = LoggerFactory.getLogger(PaperBot.class);

	private final BotRow bot;

	private final BarSeries bars;

	private final SimulationSettings settings;

	private final Strategy strategy;

	private final BotRuntime runtime;

	private final String quote;

	/** The orders the database holds for this bot, by client order id. */
	private final Map<String, StoredOrder> known = new HashMap<>();

	/** Fills so far per submission number, which numbers each order's fills. */
	private final Map<Integer, Integer> fillCounts = new HashMap<>();

	/** The bot's fills so far, which numbers its next fill. */
	private int fillsSoFar;

	/** The client order ids the run has placed or refused so far. */
	private final Set<String> placed = new HashSet<>();

	private final RiskGate risk;

	private @Nullable String stopReason;

	private volatile boolean halted;

	PaperBot(BotRow bot, BarSeries bars, SimulationSettings settings, Strategy strategy, BotRuntime runtime) {
		this.bot = bot;
		this.bars = bars;
		this.settings = settings;
		this.strategy = strategy;
		this.runtime = runtime;
		this.quote = bot.currency();
		this.risk = new RiskGate(bot.limits(), bot.symbol(), bot.capital());
	}

	/**
	 * The client order id of the bot's order {@code number}: unique, 36 characters at
	 * most.
	 */
	static String clientOrderId(String botId, int number) {
		return "b" + botId.replace("-", "").substring(0, 24) + "-" + number;
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
		catch (LeaseLost ex) {
			log.info("Bot {} lost its lease (stopped, paused or taken over by another node)", this.bot.id());
		}
		catch (ReplayMismatch ex) {
			log.warn("Bot {} failed reconciliation: {}", this.bot.id(), ex.getMessage());
			this.runtime.fail(this.bot, "reconciliation failed: " + ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Bot {} failed", this.bot.id(), ex);
			this.runtime.fail(this.bot, "error: " + ex.getMessage());
		}
	}

	private void work() {
		this.runtime.orders().allOfBot(this.bot.id()).forEach((o) -> this.known.put(o.order().clientOrderId(), o));
		StrategyRun run = new StrategyRun(this.bars, this.settings, this.strategy, this::admit);
		int recorded = this.bot.barsDone();
		Set<String> tradesSeen = new HashSet<>();
		// rebuild the paper venue: the bars already done, quickly, writing only what is
		// missing
		while (run.barsDone() < recorded && run.hasNext()) {
			BarRecord record = recordOf(run, run.step());
			this.risk.observe(run);
			record.changes()
				.stream()
				.filter(BarRecord.Filled.class::isInstance)
				.forEach((c) -> tradesSeen.add(((BarRecord.Filled) c).fill().venueTradeId()));
			this.runtime.keepBar(this.bot, record, false);
			if (stopIfAsked(run)) {
				return;
			}
		}
		reconcile(tradesSeen, recorded);
		while (!this.halted) {
			BotState state = this.runtime.stateOf(this.bot.id());
			if (state != BotState.RUNNING) {
				if (state == BotState.STOPPED) {
					this.runtime.cancelWorking(this.bot, cancelled(run), "the bot was stopped");
				}
				return;
			}
			if (!run.hasNext() || run.barsDone() >= this.bot.barsTotal()) {
				this.runtime.cancelWorking(this.bot, cancelled(run), "the replay reached its last bar");
				this.runtime.end(this.bot, BotState.FINISHED, "the replay reached its last stored bar", "system");
				return;
			}
			BarRecord record = recordOf(run, run.step());
			this.risk.observe(run);
			this.runtime.keepBar(this.bot, record, true);
			if (stopIfAsked(run)) {
				return;
			}
			pause();
		}
	}

	/** Cancels every working order on the paper venue; the orders as stored. */
	private List<StoredOrder> cancelled(StrategyRun run) {
		return run.cancelAll().stream().map(this::stored).toList();
	}

	private boolean stopIfAsked(StrategyRun run) {
		if (this.stopReason == null) {
			return false;
		}
		this.runtime.cancelWorking(this.bot, cancelled(run), this.stopReason);
		this.runtime.end(this.bot, BotState.STOPPED, this.stopReason, "risk");
		this.halted = true;
		return true;
	}

	private void pause() {
		try {
			Thread.sleep(Math.max(1, 1000 / this.bot.barsPerSecond()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.halted = true;
		}
	}

	/**
	 * The gate every order of the strategy passes: the pre-trade check, then the intent
	 * committed (or found committed by an earlier run, and checked to be the same order).
	 */
	private @Nullable String admit(StrategyRun run, int number, Order order) {
		String clientOrderId = clientOrderId(this.bot.id(), number);
		RiskBreach breach = this.risk.check(run, order);
		String refusal = (breach != null) ? breach.rule() + ": " + breach.reason() : null;
		StoredOrder existing = this.known.get(clientOrderId);
		this.placed.add(clientOrderId);
		if (existing != null) {
			OrderDescription.requireSame(existing.order(), order, refusal);
		}
		else {
			OrderIntent intent = OrderDescription.intent(this.bot, clientOrderId, order, run.barsDone() - 1,
					(refusal != null) ? OrderState.REJECTED : OrderState.NEW, refusal, this.runtime.clock().instant());
			this.known.put(clientOrderId, this.runtime.commitIntent(this.bot, intent, breach));
		}
		if (breach != null && breach.stopsTrading() && this.stopReason == null) {
			this.stopReason = refusal;
		}
		return refusal;
	}

	/** What a bar did to the bot's orders, as the database keeps it. */
	private BarRecord recordOf(StrategyRun run, StrategyRun.BarOutcome outcome) {
		List<BarRecord.Change> changes = new ArrayList<>();
		for (OrderEvent event : outcome.events()) {
			switch (event) {
				case OrderEvent.Submitted s -> changes.add(new BarRecord.Sent(stored(s.number())));
				case OrderEvent.Refused r -> {
					// kept as REJECTED when the gate refused it
				}
				case OrderEvent.Filled f -> {
					int index = this.fillCounts.merge(f.number(), 1, Integer::sum);
					Fill fill = f.fill();
					StoredOrder order = stored(f.number());
					changes.add(new BarRecord.Filled(order,
							new StoredFill(order.order().id(), this.bot.id(),
									order.order().clientOrderId() + "-" + index, this.bot.symbol(), fill.side().name(),
									fill.price(), fill.quantity(), fill.fee(), this.quote, fill.bar(),
									++this.fillsSoFar, Instant.ofEpochMilli(fill.time()))));
				}
				case OrderEvent.Ended e -> {
					StoredOrder order = stored(e.number());
					// the simulator refuses an invalid order at the bar it was decided
					// on;
					// anything later is an order that stopped working
					boolean refused = e.byVenue() && Objects.equals(order.decidedBar(), outcome.bar());
					changes.add(new BarRecord.Ended(order, refused ? OrderState.REJECTED : OrderState.CANCELED,
							e.reason()));
				}
			}
		}
		return new BarRecord(outcome.bar(), Instant.ofEpochMilli(run.lastTime()), run.lastClose(), run.equity(),
				changes);
	}

	private StoredOrder stored(int number) {
		return Objects.requireNonNull(this.known.get(clientOrderId(this.bot.id(), number)), "order " + number);
	}

	/**
	 * After the replay: every order and fill the database holds for the bars done must be
	 * one the replay made.
	 */
	private void reconcile(Set<String> tradesSeen, int recorded) {
		for (StoredOrder order : this.known.values()) {
			Integer bar = order.decidedBar();
			if (bar != null && bar < recorded && !this.placed.contains(order.order().clientOrderId())) {
				throw new ReplayMismatch("order " + order.order().clientOrderId()
						+ " is in the ledger, but a replay of the bot does not place it");
			}
		}
		for (var fill : this.runtime.orders().fillsOfBot(this.bot.id())) {
			if (!tradesSeen.contains(fill.venueTradeId())) {
				throw new ReplayMismatch(
						"fill " + fill.venueTradeId() + " is in the ledger, but a replay of the bot does not make it");
			}
		}
	}

	/** A replay made something other than what the database holds. */
	static final class ReplayMismatch extends RuntimeException {

		ReplayMismatch(String message) {
			super(message);
		}

	}

	/** Another node holds the bot's lease now. */
	static final class LeaseLost extends RuntimeException {

		LeaseLost() {
			super("lease lost");
		}

	}

}
