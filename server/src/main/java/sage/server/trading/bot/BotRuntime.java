package sage.server.trading.bot;

import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import sage.engine.pretrade.RiskBreach;
import sage.server.trading.BotState;
import sage.server.trading.OrderState;
import sage.server.trading.TradingEvent;
import sage.server.trading.order.OrderIntent;
import sage.server.trading.order.OrderStore;
import sage.server.trading.order.OrderStore.StoredOrder;

/**
 * What a running bot writes, each in its transaction with its events (and so its audit
 * rows): order intents, the changes of a bar, cancellations and the bot's end. Events are
 * published only for what changed, so a replay that finds everything in place publishes
 * nothing.
 */
@Component
class BotRuntime {

	private final OrderStore orders;

	private final BotStore bots;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final BotNode node;

	BotRuntime(OrderStore orders, BotStore bots, TransactionTemplate transaction, ApplicationEventPublisher events,
			Clock clock, BotNode node) {
		this.orders = orders;
		this.bots = bots;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock;
		this.node = node;
	}

	Clock clock() {
		return this.clock;
	}

	OrderStore orders() {
		return this.orders;
	}

	/**
	 * Commits an order's intent, before the paper venue sees it; a refused one with its
	 * refusal, audited as a risk limit hit.
	 * @return the order as kept (another node's, when it committed the same id first)
	 * @throws PaperBot.LeaseLost when the bot no longer runs on this node (stopped,
	 * paused or taken over): nothing is kept
	 */
	StoredOrder commitIntent(BotRow bot, OrderIntent intent, @Nullable RiskBreach breach) {
		try {
			this.transaction.executeWithoutResult((status) -> {
				this.bots.lock(bot.id());
				if (!this.bots.runsOn(bot.id(), this.node.id())) {
					// stopped or paused (its working orders cancelled) since the bar
					// began:
					// an intent committed now would stay NEW with nobody to send or
					// cancel it
					throw new PaperBot.LeaseLost();
				}
				this.orders.insert(intent);
				if (breach != null) {
					this.events.publishEvent(new TradingEvent.RiskLimitHit(bot.owner(), bot.id(), breach.rule(),
							breach.reason(), breach.stopsTrading(), intent.at()));
					this.events.publishEvent(new TradingEvent.OrderEnded(bot.owner(), intent.id(),
							intent.clientOrderId(), bot.id(), OrderState.REJECTED, intent.reason(), intent.at()));
				}
			});
		}
		catch (DuplicateKeyException ex) {
			// committed already under this client order id: the one kept stands
		}
		return this.orders.findByClientOrderId(intent.clientOrderId())
			.orElseThrow(() -> new IllegalStateException("order " + intent.clientOrderId() + " was not kept"));
	}

	/**
	 * Run inside a transaction that commits a bot's order: locks the bot's row and checks
	 * that it still runs on this node.
	 * @throws PaperBot.LeaseLost when it does not (stopped, paused or taken over)
	 */
	void requireLease(BotRow bot) {
		this.bots.lock(bot.id());
		if (!this.bots.runsOn(bot.id(), this.node.id())) {
			throw new PaperBot.LeaseLost();
		}
	}

	/**
	 * Keeps what a bar did to the orders, and for a bar not done before ({@code live}),
	 * the bar itself, while this node holds the lease.
	 * @throws PaperBot.LeaseLost when another node holds the lease (nothing is kept)
	 */
	void keepBar(BotRow bot, BarRecord record, boolean live) {
		if (!live && record.changes().isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			// the bot's row first, then its orders, then the audit log (through the
			// events): the order in which a request that pauses or stops the bot locks
			// them, so the two never wait on each other
			this.bots.lock(bot.id());
			if (live && !this.bots.recordBar(bot.id(), this.node.id(), record.bar() + 1, record.time(), record.close(),
					record.equity())) {
				throw new PaperBot.LeaseLost();
			}
			for (BarRecord.Change change : record.changes()) {
				keep(bot, change);
			}
		});
	}

	private void keep(BotRow bot, BarRecord.Change change) {
		var order = change.order().order();
		switch (change) {
			case BarRecord.Sent sent -> {
				if (this.orders.transition(order.id(), List.of(OrderState.NEW), OrderState.SUBMITTED, null, null,
						this.clock.instant())) {
					this.events
						.publishEvent(new TradingEvent.OrderPlaced(bot.owner(), order.id(), order.clientOrderId(),
								bot.accountId(), bot.id(), order.symbol(), order.side(), order.type(), order.quantity(),
								(order.limitPrice() != null) ? order.limitPrice() : order.stopPrice(),
								this.clock.instant()));
				}
			}
			case BarRecord.Filled filled -> {
				if (this.orders.insertFill(filled.fill(), bot.accountId(), order.quantity())) {
					var fill = filled.fill();
					this.events.publishEvent(new TradingEvent.OrderFilled(bot.owner(), order.id(),
							order.clientOrderId(), bot.id(), fill.venueTradeId(), fill.side(), fill.price(),
							fill.quantity(), fill.fee(), this.clock.instant()));
				}
			}
			case BarRecord.Ended ended -> {
				if (this.orders.transition(order.id(), OrderState.WORKING, ended.state(), ended.reason(), null,
						this.clock.instant())) {
					this.events.publishEvent(new TradingEvent.OrderEnded(bot.owner(), order.id(), order.clientOrderId(),
							bot.id(), ended.state(), ended.reason(), this.clock.instant()));
				}
			}
		}
	}

	/** Marks the orders the paper venue cancelled as cancelled, with why. */
	void cancelWorking(BotRow bot, List<StoredOrder> cancelled, String reason) {
		if (cancelled.isEmpty()) {
			return;
		}
		this.transaction.executeWithoutResult((status) -> {
			this.bots.lock(bot.id());
			for (StoredOrder stored : cancelled) {
				var order = stored.order();
				if (this.orders.transition(order.id(), OrderState.WORKING, OrderState.CANCELED, reason, null,
						this.clock.instant())) {
					this.events.publishEvent(new TradingEvent.OrderEnded(bot.owner(), order.id(), order.clientOrderId(),
							bot.id(), OrderState.CANCELED, reason, this.clock.instant()));
				}
			}
		});
	}

	/** Ends a running bot for good: finished, or stopped by a risk limit. */
	void end(BotRow bot, BotState state, String reason, String by) {
		this.transaction.executeWithoutResult((status) -> {
			if (this.bots.transition(bot.id(), List.of(BotState.RUNNING), state, reason, this.clock.instant())) {
				this.events.publishEvent(new TradingEvent.BotStateChanged(bot.owner(), bot.id(), BotState.RUNNING,
						state, reason, by, this.clock.instant()));
				this.events.publishEvent(
						new TradingEvent.BotStopped(bot.owner(), bot.id(), state, reason, this.clock.instant()));
			}
		});
	}

	/** Fails a running bot: it stays stopped and says why (fail closed). */
	void fail(BotRow bot, String reason) {
		end(bot, BotState.FAILED, reason, "system");
	}

	/** The bot's state as stored now. */
	BotState stateOf(String botId) {
		return this.bots.find(botId).map(BotRow::state).orElse(BotState.STOPPED);
	}

}
