package sage.server.trading.bot;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;

import sage.engine.pretrade.Exposure;
import sage.engine.pretrade.OrderIntent;
import sage.engine.pretrade.PreTradeCheck;
import sage.engine.pretrade.RiskBreach;
import sage.engine.sim.Order;
import sage.engine.strategy.StrategyRun;
import sage.server.trading.BotLimits;

/**
 * A bot's pre-trade check, fed by its run: position, working orders, equity, the highest
 * equity so far and the equity at the start of the UTC day, all as of the close of the
 * bar being decided on. Everything it sees comes from the bars and the bot's own fills,
 * so a replay decides as the first run did.
 */
final class RiskGate {

	private final PreTradeCheck check;

	private final String symbol;

	private @Nullable BigDecimal peak;

	private @Nullable BigDecimal dayStart;

	private @Nullable BigDecimal lastEquity;

	private @Nullable LocalDate day;

	private int observedBars;

	RiskGate(BotLimits limits, String symbol, BigDecimal capital) {
		this.check = new PreTradeCheck(limits.riskLimits());
		this.symbol = symbol;
		this.peak = capital;
	}

	/**
	 * Takes in the equity at the close of the bar last stepped, once per bar (the
	 * strategy's decisions do not change it: orders fill from the next bar on).
	 */
	void observe(StrategyRun run) {
		observe(run.barsDone(), run.lastTime(), run.account().cash(), run.equity());
	}

	/**
	 * Takes in the standing at the close of bar number {@code barsDone}, once per bar.
	 * @param time the bar's time, epoch milliseconds
	 */
	void observe(int barsDone, long time, BigDecimal cash, BigDecimal equity) {
		if (barsDone == this.observedBars) {
			return;
		}
		this.observedBars = barsDone;
		LocalDate today = Instant.ofEpochMilli(time).atZone(ZoneOffset.UTC).toLocalDate();
		if (this.day == null) {
			this.dayStart = cash;
		}
		else if (!today.equals(this.day)) {
			// the day starts with the equity the previous day closed with
			this.dayStart = this.lastEquity;
		}
		this.day = today;
		this.lastEquity = equity;
		this.peak = max(this.peak, equity, this.dayStart);
	}

	private static BigDecimal max(@Nullable BigDecimal a, BigDecimal b, @Nullable BigDecimal c) {
		BigDecimal max = (a != null) ? a.max(b) : b;
		return (c != null) ? max.max(c) : max;
	}

	/** The breach an order makes, if any, at the close of the bar last stepped. */
	@Nullable RiskBreach check(StrategyRun run, Order order) {
		observe(run);
		return check(order, run.lastClose(), run.account().position().quantity(), run.workingOrders().size(),
				run.equity());
	}

	/**
	 * The breach an order makes, if any, against the standing last observed.
	 * @param close the close of the bar decided on, at which a market order is valued
	 * @param position the bot's position now
	 * @param working its orders working now
	 * @param equity its equity now
	 */
	@Nullable RiskBreach check(Order order, BigDecimal close, BigDecimal position, int working, BigDecimal equity) {
		BigDecimal price = switch (order) {
			case Order.Market m -> close;
			case Order.Limit l -> l.limitPrice();
			case Order.Stop s -> s.stopPrice();
			case Order.StopLimit s -> s.limitPrice();
		};
		BigDecimal dayStart = (this.dayStart != null) ? this.dayStart : equity;
		Exposure exposure = new Exposure(position, working, equity, max(this.peak, equity, dayStart), dayStart,
				position.multiply(close).abs());
		return this.check
			.check(new OrderIntent(this.symbol, order.side(), order.quantity(), price, order.reduceOnly()), exposure)
			.orElse(null);
	}

}
