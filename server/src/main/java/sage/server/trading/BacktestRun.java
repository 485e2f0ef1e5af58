package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One backtest as it ran and was stored: what was asked, the headline figures, every fill
 * and round trip, and the equity, buy-and-hold and drawdown curves bar by bar.
 *
 * @param id the backtest's id
 * @param strategy the strategy id
 * @param params every parameter value used, defaults included
 * @param symbol the instrument's canonical symbol
 * @param interval the bar length
 * @param currency the currency of cash, prices and P&amp;L
 * @param firstBar open time of the first bar
 * @param lastBar open time of the last bar
 * @param bars how many bars ran
 * @param cash the starting cash
 * @param commission fee as a fraction of traded value
 * @param finalEquity cash plus the open position at the last close
 * @param performance the strategy's figures
 * @param buyAndHold the same figures for buying at the first close and holding
 * @param fills every fill, oldest first
 * @param trades every closed round trip, oldest first
 * @param curve equity, buy-and-hold equity and drawdown at each bar's close
 * @param rejections orders the simulator refused, with the reason
 * @param createdAt when it ran
 * @param tookMillis how long the run took
 */
@Schema(name = "Backtest")
public record BacktestRun(@Schema(example = "3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c") String id,
		@Schema(example = "rsi-threshold") String strategy, Map<String, BigDecimal> params,
		@Schema(example = "SPY") String symbol, @Schema(example = "1d") String interval,
		@Schema(example = "USD") String currency, Instant firstBar, Instant lastBar, @Schema(example = "5241") int bars,
		@Schema(example = "100000") BigDecimal cash, @Schema(example = "0.001") BigDecimal commission,
		BigDecimal finalEquity, Figures performance, Figures buyAndHold, List<FillRow> fills, List<TradeRow> trades,
		List<CurvePoint> curve, List<String> rejections, Instant createdAt, long tookMillis) {

	/**
	 * Performance figures. Ratios that are undefined for the run (no trades, no losses,
	 * no drawdown) are left out rather than sent as NaN.
	 *
	 * @param totalReturn final over initial equity, minus one (0.25 is +25%)
	 * @param cagr compound annual growth rate
	 * @param volatility annualised standard deviation of per-bar returns
	 * @param sharpe annualised Sharpe ratio (risk-free 0)
	 * @param sortino annualised Sortino ratio (risk-free 0)
	 * @param maxDrawdown deepest fall from a peak, a fraction of the peak
	 * @param maxDrawdownDays longest time below a peak, in days
	 * @param calmar CAGR over max drawdown
	 * @param exposure share of bars that closed with a position open
	 * @param tradeCount closed round trips
	 * @param winRate share of round trips with a positive P&amp;L
	 * @param profitFactor gross profit over gross loss
	 * @param averageWin mean P&amp;L of winning round trips
	 * @param averageLoss mean P&amp;L of losing round trips (negative)
	 */
	@Schema(name = "BacktestFigures")
	public record Figures(double totalReturn, @Nullable Double cagr, @Nullable Double volatility,
			@Nullable Double sharpe, @Nullable Double sortino, double maxDrawdown, double maxDrawdownDays,
			@Nullable Double calmar, double exposure, int tradeCount, @Nullable Double winRate,
			@Nullable Double profitFactor, @Nullable Double averageWin, @Nullable Double averageLoss) {
	}

	/**
	 * One fill. Quantities are positive; sells carry side SELL.
	 *
	 * @param time when it filled (the open time of the bar it filled in)
	 * @param side BUY or SELL
	 * @param quantity how much
	 * @param price at what price
	 * @param fee the commission paid
	 */
	@Schema(name = "BacktestFill")
	public record FillRow(Instant time, @Schema(example = "BUY") String side, BigDecimal quantity, BigDecimal price,
			BigDecimal fee) {
	}

	/**
	 * One closed round trip.
	 *
	 * @param direction LONG or SHORT
	 * @param openTime when the position opened
	 * @param closeTime when it closed
	 * @param pnl realised profit or loss, fees included
	 */
	@Schema(name = "BacktestTrade")
	public record TradeRow(@Schema(example = "LONG") String direction, Instant openTime, Instant closeTime,
			BigDecimal pnl) {
	}

	/**
	 * The account at one bar's close.
	 *
	 * @param time the bar's open time
	 * @param equity the strategy's equity
	 * @param buyAndHold the equity of buying at the first close and holding
	 * @param drawdown the strategy's fall from its running peak, a fraction (0.1 is 10%
	 * below)
	 */
	@Schema(name = "BacktestCurvePoint")
	public record CurvePoint(Instant time, double equity, double buyAndHold, double drawdown) {
	}

}
