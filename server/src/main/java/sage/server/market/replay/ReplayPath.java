package sage.server.market.replay;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import sage.engine.series.Timeframe;
import sage.server.market.BarUpdate;
import sage.server.market.Instrument;
import sage.server.market.MarketUpdate;
import sage.server.market.Tick;

/**
 * How one stored bar is played back: four ticks, then the bar.
 *
 * <p>
 * A bar only records four prices, not their order, so replay assumes the usual path (as
 * backtesters do): a bar that closed at or above its open went down to its low first and
 * then up to its high (open, low, high, close); a bar that closed below its open went up
 * first (open, high, low, close). The ticks are stamped at the bar's open time, one third
 * and two thirds into the bar, and its last millisecond, so times always increase, within
 * a bar and into the next one.
 */
final class ReplayPath {

	static final String SOURCE = "replay";

	private ReplayPath() {
	}

	/** The updates that replay the bar opening at {@code time}, in order. */
	static List<MarketUpdate> of(Instrument instrument, Timeframe timeframe, Instant time, double open, double high,
			double low, double close, double volume) {
		String symbol = instrument.symbol();
		boolean up = close >= open;
		Duration third = timeframe.duration().dividedBy(3);
		BigDecimal o = price(instrument, open);
		BigDecimal h = price(instrument, high);
		BigDecimal l = price(instrument, low);
		BigDecimal c = price(instrument, close);
		return List.of(new Tick(symbol, o, time, SOURCE), new Tick(symbol, up ? l : h, time.plus(third), SOURCE),
				new Tick(symbol, up ? h : l, time.plus(third).plus(third), SOURCE),
				new Tick(symbol, c, time.plus(timeframe.duration()).minusMillis(1), SOURCE),
				new BarUpdate(symbol, timeframe, time, o, h, l, c, exact(volume), SOURCE));
	}

	/**
	 * The stored price as a decimal with at least the digits of the instrument's tick
	 * ({@code 8051.00} for a cent tick): the value is never rounded, only written out.
	 */
	static BigDecimal price(Instrument instrument, double value) {
		BigDecimal price = exact(value);
		int tickScale = Math.max(0, instrument.tickAt(price.abs()).stripTrailingZeros().scale());
		return (price.scale() < tickScale) ? price.setScale(tickScale) : price;
	}

	/** The shortest decimal that reads back as {@code value}, without an exponent. */
	static BigDecimal exact(double value) {
		BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
		return (decimal.scale() < 0) ? decimal.setScale(0) : decimal;
	}

}
