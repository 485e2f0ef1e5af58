package sage.engine.sim;

import java.math.BigDecimal;

/**
 * Where an order fills inside one bar. Bars carry no path between open, high, low and
 * close, so the rules are conservative. The simulator asks in three phases:
 * <ol>
 * <li>{@link #atOpen}: market orders fill at the open. A stop the open gapped through
 * fills at the open (not at its stop price); a limit the open already satisfies fills at
 * the open (the better price). A stop-limit gapped through triggers at the open.</li>
 * <li>{@link #intrabarStop}: a stop whose price lies inside the bar's range fills at its
 * stop price. A stop-limit triggered inside the bar fills at its stop price when that
 * satisfies its limit; otherwise it rests as a limit from the next bar, because the bar
 * does not tell whether the price came back after the trigger.</li>
 * <li>{@link #intrabarLimit}: a limit whose price the bar touched fills at the
 * limit.</li>
 * </ol>
 * Stops are asked before limits on purpose: when a protective stop and a profit target
 * both lie inside one bar, the adverse one (the stop) is assumed to have happened first.
 * Slippage applies to taker fills only and never pushes a stop-limit past its limit.
 */
final class FillRule {

	private final InstrumentSpec instrument;

	private final SlippageModel slippage;

	FillRule(InstrumentSpec instrument, SlippageModel slippage) {
		this.instrument = instrument;
		this.slippage = slippage;
	}

	/** A fill price and its liquidity, or {@code null} when the order does not fill. */
	record Match(BigDecimal price, Liquidity liquidity) {
	}

	Match atOpen(WorkingOrder working, int bar, double open) {
		Side side = working.order.side();
		return switch (working.order) {
			case Order.Market market -> taker(price(open), side, null);
			case Order.Limit limit -> satisfies(side, open, working.limit) ? maker(price(open)) : null;
			case Order.Stop stop -> triggers(side, open, working.stop) ? taker(price(open), side, null) : null;
			case Order.StopLimit stopLimit -> {
				if (working.triggered) {
					yield (working.limitFromBar <= bar && satisfies(side, open, working.limit)) ? maker(price(open))
							: null;
				}
				if (!triggers(side, open, working.stop)) {
					yield null;
				}
				// triggered at the open, before anything else in the bar: its limit may
				// work in this bar
				working.trigger(bar);
				yield satisfies(side, open, working.limit) ? taker(price(open), side, stopLimit.limitPrice()) : null;
			}
		};
	}

	Match intrabarStop(WorkingOrder working, int bar, double high, double low) {
		Side side = working.order.side();
		double reached = (side == Side.BUY) ? high : low;
		return switch (working.order) {
			case Order.Stop stop -> triggers(side, reached, working.stop) ? taker(stop.stopPrice(), side, null) : null;
			case Order.StopLimit stopLimit -> {
				if (working.triggered || !triggers(side, reached, working.stop)) {
					yield null;
				}
				if (satisfies(side, working.stop, working.limit)) {
					working.trigger(bar);
					yield taker(stopLimit.stopPrice(), side, stopLimit.limitPrice());
				}
				working.trigger(bar + 1);
				yield null;
			}
			default -> null;
		};
	}

	Match intrabarLimit(WorkingOrder working, int bar, double high, double low) {
		Side side = working.order.side();
		double reached = (side == Side.BUY) ? low : high;
		return switch (working.order) {
			case Order.Limit limit -> satisfies(side, reached, working.limit) ? maker(limit.limitPrice()) : null;
			case Order.StopLimit stopLimit ->
				(working.triggered && working.limitFromBar <= bar && satisfies(side, reached, working.limit))
						? maker(stopLimit.limitPrice()) : null;
			default -> null;
		};
	}

	/** Whether a trade at {@code price} is acceptable to a limit at {@code limit}. */
	private static boolean satisfies(Side side, double price, double limit) {
		return (side == Side.BUY) ? price <= limit : price >= limit;
	}

	/** Whether a trade at {@code price} sets off a stop at {@code stop}. */
	private static boolean triggers(Side side, double price, double stop) {
		return (side == Side.BUY) ? price >= stop : price <= stop;
	}

	private static BigDecimal price(double barPrice) {
		return BigDecimal.valueOf(barPrice);
	}

	private static Match maker(BigDecimal price) {
		return new Match(price, Liquidity.MAKER);
	}

	private Match taker(BigDecimal reference, Side side, BigDecimal limit) {
		BigDecimal price = this.slippage.apply(reference, side, this.instrument);
		if (limit != null) {
			price = (side == Side.BUY) ? price.min(limit) : price.max(limit);
		}
		return new Match(price, Liquidity.TAKER);
	}

}
