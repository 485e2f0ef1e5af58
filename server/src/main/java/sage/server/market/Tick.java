package sage.server.market;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One traded (or replayed) price.
 *
 * @param symbol the canonical symbol
 * @param price the price, exactly as quoted
 * @param time when it traded, UTC
 * @param source where it came from ({@code replay} for recorded data played back)
 */
public record Tick(String symbol, BigDecimal price, Instant time, String source) implements MarketUpdate {
}
