package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A bot's equity at the close of one replayed bar.
 *
 * @param time the bar's time
 * @param equity cash plus the position at the bar's close
 */
public record EquityPoint(Instant time, BigDecimal equity) {
}
