package sage.server.market;

import java.math.BigDecimal;
import java.time.Instant;

import sage.engine.series.Timeframe;

/**
 * A bar as it stands after the latest tick (a finished bar once its last tick is in).
 *
 * @param symbol the canonical symbol
 * @param timeframe the bar length
 * @param time the bar's open time, UTC
 * @param open first price
 * @param high highest price
 * @param low lowest price
 * @param close latest price
 * @param volume traded quantity
 * @param source where it came from ({@code replay} for recorded data played back)
 */
public record BarUpdate(String symbol, Timeframe timeframe, Instant time, BigDecimal open, BigDecimal high,
		BigDecimal low, BigDecimal close, BigDecimal volume, String source) implements MarketUpdate {
}
