package sage.server.market;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * From {@code fromPrice} upwards (until the next band) prices move in steps of
 * {@code tick}. A KRX stock has seven bands; a US stock two (sub-dollar quotes tick
 * finer).
 *
 * @param fromPrice the lowest price of the band, inclusive
 * @param tick the price step in the band
 */
public record TickBand(BigDecimal fromPrice, BigDecimal tick) implements Serializable {

	public TickBand {
		if (fromPrice.signum() < 0) {
			throw new IllegalArgumentException("fromPrice must not be negative: " + fromPrice);
		}
		if (tick.signum() <= 0) {
			throw new IllegalArgumentException("tick must be positive: " + tick);
		}
	}

}
