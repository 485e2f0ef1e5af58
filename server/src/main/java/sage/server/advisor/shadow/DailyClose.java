package sage.server.advisor.shadow;

import java.math.BigDecimal;

import java.time.Instant;

/**
 * An asset's close on one day, at its daily bar's time.
 *
 * @param at the daily bar's time
 * @param close its close
 */
public record DailyClose(Instant at, BigDecimal close) {
}
