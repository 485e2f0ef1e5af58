package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import sage.engine.sim.Order;
import sage.server.trading.OrderState;
import sage.server.trading.TradingOrder;
import sage.server.trading.order.OrderIntent;

/**
 * A strategy's order as the order table writes it (type, prices, time in force), and the
 * check that an order placed again by a replay is the one kept under its client order id.
 */
final class OrderDescription {

	/** A refusal by the pre-trade check: the rule's code, a colon, the reason. */
	private static final Pattern CHECK_REFUSAL = Pattern
		.compile("(allowed-symbols|daily-loss-limit|max-drawdown|max-order-notional|max-open-orders|max-position-size"
				+ "|max-leverage): .*", Pattern.DOTALL);

	private OrderDescription() {
	}

	/** The intent of a bot's order, decided at the close of {@code bar}. */
	static OrderIntent intent(BotRow bot, String clientOrderId, Order order, int bar, OrderState state,
			@Nullable String reason, Instant at) {
		return new OrderIntent(UUID.randomUUID().toString(), bot.owner(), bot.accountId(), bot.id(), clientOrderId,
				bot.symbol(), order.side().name(), type(order), order.quantity(), limitPrice(order), stopPrice(order),
				order.timeInForce().name(), order.reduceOnly(), state, reason, bar, at);
	}

	/**
	 * Checks that a replay placed the order kept under its id, and that the pre-trade
	 * check decided on it as before.
	 * @throws PaperBot.ReplayMismatch when it did not
	 */
	static void requireSame(TradingOrder kept, Order order, @Nullable String refusal) {
		boolean same = kept.side().equals(order.side().name()) && kept.type().equals(type(order))
				&& kept.quantity().compareTo(order.quantity()) == 0 && equal(kept.limitPrice(), limitPrice(order))
				&& equal(kept.stopPrice(), stopPrice(order)) && kept.reduceOnly() == order.reduceOnly();
		if (!same) {
			throw new PaperBot.ReplayMismatch("order " + kept.clientOrderId() + " is kept as " + kept.side() + " "
					+ kept.type() + " " + kept.quantity().toPlainString() + ", but a replay places " + order);
		}
		boolean keptRefused = kept.state() == OrderState.REJECTED && kept.reason() != null
				&& CHECK_REFUSAL.matcher(kept.reason()).matches();
		boolean agrees = (refusal != null) ? keptRefused && refusal.equals(kept.reason()) : !keptRefused;
		if (!agrees) {
			throw new PaperBot.ReplayMismatch("the pre-trade check decided on order " + kept.clientOrderId() + " as '"
					+ (keptRefused ? kept.reason() : "let through") + "', and on a replay as '"
					+ ((refusal != null) ? refusal : "let through") + "'");
		}
	}

	static String type(Order order) {
		return switch (order) {
			case Order.Market m -> "MARKET";
			case Order.Limit l -> "LIMIT";
			case Order.Stop s -> "STOP";
			case Order.StopLimit s -> "STOP_LIMIT";
		};
	}

	static @Nullable BigDecimal limitPrice(Order order) {
		return switch (order) {
			case Order.Limit l -> l.limitPrice();
			case Order.StopLimit s -> s.limitPrice();
			default -> null;
		};
	}

	static @Nullable BigDecimal stopPrice(Order order) {
		return switch (order) {
			case Order.Stop s -> s.stopPrice();
			case Order.StopLimit s -> s.stopPrice();
			default -> null;
		};
	}

	private static boolean equal(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return (a == null) ? b == null : b != null && a.compareTo(b) == 0;
	}

}
