package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.audit.AuditEntry;
import sage.server.audit.Audited;

/**
 * What happens to trading accounts, bots, orders and fills, published as Spring
 * application events for alerts and the audit log, which writes each in the transaction
 * that made the change. A bot's own work is done by the system on its owner's behalf: the
 * owner is the actor.
 */
public sealed interface TradingEvent extends Audited {

	/** Whose account, bot or order it is. */
	UUID owner();

	/** When it happened. */
	Instant at();

	/** A paper account was opened. */
	record AccountOpened(UUID owner, String accountId, String name, Map<String, BigDecimal> deposits,
			Instant at) implements TradingEvent {
	}

	/**
	 * A live exchange account was connected; its key is named by its first and last four
	 * characters only.
	 */
	record AccountConnected(UUID owner, String accountId, String name, String venue, String keyHint,
			boolean ipRestricted, Instant at) implements TradingEvent {
	}

	/** A live account's pre-trade limits were replaced. */
	record AccountLimitsSet(UUID owner, String accountId, AccountLimits before, AccountLimits after,
			Instant at) implements TradingEvent {
	}

	/** A bot was created. */
	record BotCreated(UUID owner, String botId, String name, String strategy, String symbol, String accountId,
			Instant at) implements TradingEvent {
	}

	/**
	 * A bot changed state: started, paused, resumed by another node, stopped, finished or
	 * failed.
	 *
	 * @param by {@code owner}, {@code kill-switch}, {@code risk}, {@code system}
	 */
	record BotStateChanged(UUID owner, String botId, BotState from, BotState to, @Nullable String reason, String by,
			Instant at) implements TradingEvent {
	}

	/** A bot stopped for good; also published as a {@link BotStateChanged}. */
	record BotStopped(UUID owner, String botId, BotState state, @Nullable String reason,
			Instant at) implements TradingEvent {
	}

	/** An order's intent was committed and it went to the venue. */
	record OrderPlaced(UUID owner, String orderId, String clientOrderId, String accountId, @Nullable String botId,
			String symbol, String side, String type, BigDecimal quantity, @Nullable BigDecimal price,
			Instant at) implements TradingEvent {
	}

	/** An order stopped working or was refused. */
	record OrderEnded(UUID owner, String orderId, String clientOrderId, @Nullable String botId, OrderState state,
			@Nullable String reason, Instant at) implements TradingEvent {
	}

	/** An order filled, in part or in whole. */
	record OrderFilled(UUID owner, String orderId, String clientOrderId, @Nullable String botId, String venueTradeId,
			String side, BigDecimal price, BigDecimal quantity, BigDecimal fee, Instant at) implements TradingEvent {
	}

	/** A pre-trade check refused an order. */
	record RiskLimitHit(UUID owner, String botId, String rule, String reason, boolean stopsTrading,
			Instant at) implements TradingEvent {
	}

	/**
	 * A kill switch stopped bots and cancelled their orders.
	 *
	 * @param global whether it was the administrators' switch for every user
	 * @param actor who pulled it
	 */
	record KillSwitchPulled(UUID owner, boolean global, String actor, int botsStopped, int ordersCanceled,
			int ordersLeft, Instant at) implements TradingEvent {
	}

	@Override
	default AuditEntry auditEntry() {
		String actor = owner().toString();
		return switch (this) {
			case AccountOpened e -> AuditEntry.change(actor, "trading-account.opened", "trading-account", e.accountId(),
					null, Map.of("name", e.name(), "venue", "paper", "deposits", plain(e.deposits())));
			case AccountConnected e -> AuditEntry.change(actor, "trading-account.connected", "trading-account",
					e.accountId(), null, Map.of("name", e.name(), "venue", e.venue(), "key", e.keyHint(),
							"ipRestricted", String.valueOf(e.ipRestricted())));
			case AccountLimitsSet e ->
				AuditEntry.change(actor, "trading-account.limits-set", "trading-account", e.accountId(),
						Map.of("limits", String.valueOf(e.before())), Map.of("limits", String.valueOf(e.after())));
			case BotCreated e -> AuditEntry.change(actor, "bot.created", "bot", e.botId(), null,
					Map.of("name", e.name(), "strategy", e.strategy(), "symbol", e.symbol(), "account", e.accountId()));
			case BotStateChanged e ->
				AuditEntry.change(actor, "bot." + e.to().name().toLowerCase(java.util.Locale.ROOT), "bot", e.botId(),
						Map.of("state", e.from().name()),
						values("state", e.to().name(), "by", e.by(), "reason", e.reason()));
			case BotStopped e -> AuditEntry.change(actor, "bot.stopped-for-good", "bot", e.botId(), null,
					values("state", e.state().name(), "reason", e.reason()));
			case OrderPlaced e -> AuditEntry.change(actor, "order.placed", "order", e.orderId(), null,
					values("clientOrderId", e.clientOrderId(), "account", e.accountId(), "bot", e.botId(), "symbol",
							e.symbol(), "side", e.side(), "type", e.type(), "quantity", e.quantity().toPlainString(),
							"price", (e.price() != null) ? e.price().toPlainString() : null));
			case OrderEnded e -> AuditEntry.change(actor,
					"order." + e.state().name().toLowerCase(java.util.Locale.ROOT), "order", e.orderId(), null,
					values("clientOrderId", e.clientOrderId(), "bot", e.botId(), "reason", e.reason()));
			case OrderFilled e -> AuditEntry.change(actor, "order.filled", "order", e.orderId(), null,
					values("clientOrderId", e.clientOrderId(), "bot", e.botId(), "trade", e.venueTradeId(), "side",
							e.side(), "price", e.price().toPlainString(), "quantity", e.quantity().toPlainString(),
							"fee", e.fee().toPlainString()));
			case RiskLimitHit e -> AuditEntry.change(actor, "bot.risk-limit-hit", "bot", e.botId(), null,
					values("rule", e.rule(), "reason", e.reason(), "stopsTrading", e.stopsTrading()));
			case KillSwitchPulled e ->
				AuditEntry.change(e.actor(), e.global() ? "trading.kill-switch-global" : "trading.kill-switch",
						"account", e.global() ? "all" : actor, null, Map.of("botsStopped", e.botsStopped(),
								"ordersCanceled", e.ordersCanceled(), "ordersLeft", e.ordersLeft()));
		};
	}

	private static Map<String, String> plain(Map<String, BigDecimal> amounts) {
		Map<String, String> plain = new LinkedHashMap<>();
		amounts.forEach((currency, amount) -> plain.put(currency, amount.toPlainString()));
		return plain;
	}

	/** Pairs of key and value, leaving out null values. */
	private static Map<String, Object> values(Object... pairs) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				values.put((String) pairs[i], pairs[i + 1]);
			}
		}
		return values;
	}

}
