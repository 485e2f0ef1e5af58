package sage.engine.sim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An instruction to trade, as a strategy decides it at the close of a bar. The simulator
 * gives it an id when it is submitted; it first works on the next bar.
 *
 * <p>
 * Prices must lie on the instrument's tick and quantities on its lot (use
 * {@link InstrumentSpec#roundPrice} and {@link InstrumentSpec#roundQty}); the simulator
 * rejects anything else rather than silently rounding it.
 */
public sealed interface Order permits Order.Market, Order.Limit, Order.Stop, Order.StopLimit {

	/** Buy or sell. */
	Side side();

	/** The quantity, positive. */
	BigDecimal quantity();

	/** How long the order works. */
	TimeInForce timeInForce();

	/**
	 * Whether the order may only reduce the position. A reduce-only order never opens or
	 * flips a position: it fills at most the open quantity and is cancelled when the
	 * position is flat or on its own side.
	 */
	boolean reduceOnly();

	/** A market order: fills at the next bar's open. */
	static Market market(Side side, BigDecimal quantity) {
		return new Market(side, quantity, false);
	}

	/** A GTC limit order. */
	static Limit limit(Side side, BigDecimal quantity, BigDecimal limitPrice) {
		return new Limit(side, quantity, limitPrice, TimeInForce.GTC, false);
	}

	/** A GTC stop (stop-market) order. */
	static Stop stop(Side side, BigDecimal quantity, BigDecimal stopPrice) {
		return new Stop(side, quantity, stopPrice, TimeInForce.GTC, false);
	}

	/** A GTC stop-limit order. */
	static StopLimit stopLimit(Side side, BigDecimal quantity, BigDecimal stopPrice, BigDecimal limitPrice) {
		return new StopLimit(side, quantity, stopPrice, limitPrice, TimeInForce.GTC, false);
	}

	/**
	 * Market order. Always immediate: it fills on the next bar's open or not at all.
	 *
	 * @param side buy or sell
	 * @param quantity positive
	 * @param reduceOnly whether it may only reduce the position
	 */
	record Market(Side side, BigDecimal quantity, boolean reduceOnly) implements Order {

		/** Checks the fields. */
		public Market {
			requirePositive(side, quantity);
		}

		@Override
		public TimeInForce timeInForce() {
			return TimeInForce.IOC;
		}

		/** The same order, reduce-only. */
		public Market asReduceOnly() {
			return new Market(this.side, this.quantity, true);
		}

	}

	/**
	 * Limit order: buys at or below, sells at or above {@code limitPrice}.
	 *
	 * @param side buy or sell
	 * @param quantity positive
	 * @param limitPrice the worst acceptable price
	 * @param timeInForce GTC or IOC
	 * @param reduceOnly whether it may only reduce the position
	 */
	record Limit(Side side, BigDecimal quantity, BigDecimal limitPrice, TimeInForce timeInForce,
			boolean reduceOnly) implements Order {

		/** Checks the fields. */
		public Limit {
			requirePositive(side, quantity);
			requirePositivePrice(limitPrice);
			Objects.requireNonNull(timeInForce, "timeInForce");
		}

		/** The same order, reduce-only. */
		public Limit asReduceOnly() {
			return new Limit(this.side, this.quantity, this.limitPrice, this.timeInForce, true);
		}

		/** The same order with another time in force. */
		public Limit with(TimeInForce timeInForce) {
			return new Limit(this.side, this.quantity, this.limitPrice, timeInForce, this.reduceOnly);
		}

	}

	/**
	 * Stop (stop-market) order: becomes a market order when the price reaches
	 * {@code stopPrice} (a buy stop above the market, a sell stop below it).
	 *
	 * @param side buy or sell
	 * @param quantity positive
	 * @param stopPrice the trigger
	 * @param timeInForce GTC or IOC
	 * @param reduceOnly whether it may only reduce the position
	 */
	record Stop(Side side, BigDecimal quantity, BigDecimal stopPrice, TimeInForce timeInForce,
			boolean reduceOnly) implements Order {

		/** Checks the fields. */
		public Stop {
			requirePositive(side, quantity);
			requirePositivePrice(stopPrice);
			Objects.requireNonNull(timeInForce, "timeInForce");
		}

		/** The same order, reduce-only. */
		public Stop asReduceOnly() {
			return new Stop(this.side, this.quantity, this.stopPrice, this.timeInForce, true);
		}

	}

	/**
	 * Stop-limit order: becomes a limit order at {@code limitPrice} when the price
	 * reaches {@code stopPrice}.
	 *
	 * @param side buy or sell
	 * @param quantity positive
	 * @param stopPrice the trigger
	 * @param limitPrice the worst acceptable price once triggered
	 * @param timeInForce GTC or IOC
	 * @param reduceOnly whether it may only reduce the position
	 */
	record StopLimit(Side side, BigDecimal quantity, BigDecimal stopPrice, BigDecimal limitPrice,
			TimeInForce timeInForce, boolean reduceOnly) implements Order {

		/** Checks the fields. */
		public StopLimit {
			requirePositive(side, quantity);
			requirePositivePrice(stopPrice);
			requirePositivePrice(limitPrice);
			Objects.requireNonNull(timeInForce, "timeInForce");
		}

		/** The same order, reduce-only. */
		public StopLimit asReduceOnly() {
			return new StopLimit(this.side, this.quantity, this.stopPrice, this.limitPrice, this.timeInForce, true);
		}

	}

	private static void requirePositive(Side side, BigDecimal quantity) {
		Objects.requireNonNull(side, "side");
		Objects.requireNonNull(quantity, "quantity");
		if (quantity.signum() <= 0) {
			throw new IllegalArgumentException("quantity must be positive: " + quantity);
		}
	}

	private static void requirePositivePrice(BigDecimal price) {
		Objects.requireNonNull(price, "price");
		if (price.signum() <= 0) {
			throw new IllegalArgumentException("price must be positive: " + price);
		}
	}

}
