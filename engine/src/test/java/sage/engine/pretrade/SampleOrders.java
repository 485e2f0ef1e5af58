package sage.engine.pretrade;

import java.math.BigDecimal;

import sage.engine.sim.Side;

/** Orders and accounts for the pre-trade tests, written as a trader would say them. */
final class SampleOrders {

	static final String SYMBOL = "BTCUSDT";

	private SampleOrders() {
	}

	static BigDecimal dec(String value) {
		return new BigDecimal(value);
	}

	static OrderIntent buy(String quantity, String price) {
		return new OrderIntent(SYMBOL, Side.BUY, dec(quantity), dec(price), false);
	}

	static OrderIntent sell(String quantity, String price) {
		return new OrderIntent(SYMBOL, Side.SELL, dec(quantity), dec(price), false);
	}

	static OrderIntent reduceOnly(OrderIntent order) {
		return new OrderIntent(order.symbol(), order.side(), order.quantity(), order.price(), true);
	}

	/** 10000.00 of equity, at its peak and at the day's start, holding nothing. */
	static Exposure flat() {
		return Exposure.flat(dec("10000.00"));
	}

	/**
	 * 10000.00 of equity holding {@code position}, valued at {@code price}, and nothing
	 * else.
	 */
	static Exposure holding(String position, String price) {
		BigDecimal value = dec(position).multiply(dec(price)).abs();
		return new Exposure(dec(position), 0, dec("10000.00"), dec("10000.00"), dec("10000.00"), value);
	}

	/** Holding {@code position} with the equity, peak and day start given. */
	static Exposure holding(String position, String equity, String peak, String dayStart) {
		return new Exposure(dec(position), 0, dec(equity), dec(peak), dec(dayStart), BigDecimal.ZERO);
	}

}
