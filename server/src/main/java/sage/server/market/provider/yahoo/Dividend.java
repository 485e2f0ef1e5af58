package sage.server.market.provider.yahoo;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A cash dividend as Yahoo reports it in a chart.
 *
 * @param exDate the session it goes ex-dividend (the daily bar's open time)
 * @param amount per share, in the chart's currency, exactly as sent
 */
public record Dividend(Instant exDate, BigDecimal amount) {
}
