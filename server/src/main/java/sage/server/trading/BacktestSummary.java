package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A kept backtest in a listing: what ran and its headline result.
 *
 * @param id the backtest's id
 * @param strategy the strategy id
 * @param symbol the instrument
 * @param interval the bar length
 * @param firstBar open time of the first bar
 * @param lastBar open time of the last bar
 * @param bars how many bars ran
 * @param cash the starting cash
 * @param finalEquity the equity at the end
 * @param totalReturn final over initial equity, minus one
 * @param tradeCount closed round trips
 * @param createdAt when it ran
 */
@Schema(name = "BacktestSummary")
public record BacktestSummary(String id, String strategy, String symbol, String interval, Instant firstBar,
		Instant lastBar, int bars, BigDecimal cash, BigDecimal finalEquity, double totalReturn, int tradeCount,
		Instant createdAt) {
}
