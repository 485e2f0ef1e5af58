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
 * @param monteCarlo how the drawdown and final equity spread when the closed trades are
 * resampled; absent for backtests kept before Sage computed it
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
		BigDecimal finalEquity, Figures performance, Figures buyAndHold, @Nullable MonteCarloFigures monteCarlo,
		List<FillRow> fills, List<TradeRow> trades, List<CurvePoint> curve, List<String> rejections, Instant createdAt,
		long tookMillis) {

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
	 * A Monte Carlo of the backtest's closed trades. Each trade becomes a return: its
	 * P&amp;L over the equity it entered with. Each run draws the returns in a random
	 * order (or with replacement) and compounds them from the starting cash, so every
	 * trade risks the share of equity it did in the backtest. Drawdowns here are measured
	 * from trade to trade, on closed trades only; {@code historicalMaxDrawdown} is the
	 * same measure for the trades in the order they happened, so the runs compare with it
	 * directly (the bar-by-bar {@code performance.maxDrawdown} also sees falls inside a
	 * trade, so it is usually deeper). The seed is fixed: the same backtest gives the
	 * same figures.
	 *
	 * @param status DONE; NOT_ENOUGH_TRADES below {@code minTrades} closed trades; OFF
	 * when 0 runs were asked for; UNDEFINED when a trade lost more than the equity it
	 * entered with (returns below -100% cannot be compounded). Figures are present only
	 * when DONE.
	 * @param detail what ran, or why nothing did, for people
	 * @param runs resampled runs
	 * @param resampling BOOTSTRAP (trades drawn with replacement, so the final equity
	 * varies) or SHUFFLE (the same trades reordered, so only the path varies)
	 * @param seed the random seed
	 * @param trades closed trades resampled
	 * @param minTrades fewest closed trades a Monte Carlo runs on
	 * @param historicalMaxDrawdown the trades in their historical order: deepest fall
	 * from a peak, a fraction
	 * @param maxDrawdown the runs' deepest falls from a peak, fractions; {@code worst} is
	 * the deepest of all runs
	 * @param historicalFinalEquity the trades in their historical order: equity after the
	 * last, from the starting cash
	 * @param finalEquity the runs' equity after their last trade; {@code worst} is the
	 * lowest of all runs
	 * @param drawdownMultiple the multiple of the historical drawdown tested
	 * @param probabilityOfDrawdownBeyond the share of runs whose drawdown exceeded
	 * {@code drawdownMultiple} times the historical one
	 */
	@Schema(name = "BacktestMonteCarlo",
			description = "A Monte Carlo of the backtest's closed trades: each trade's return on the equity it "
					+ "entered with, resampled and compounded from the starting cash in every run. Drawdowns are "
					+ "measured trade to trade; historicalMaxDrawdown is the same measure for the trades in the "
					+ "order they happened. Figures are present only when status is DONE.")
	public record MonteCarloFigures(@Schema(example = "DONE", allowableValues = {
			"DONE", "NOT_ENOUGH_TRADES", "OFF", "UNDEFINED" },
			description = "DONE; NOT_ENOUGH_TRADES below minTrades closed trades; OFF when 0 runs were asked "
					+ "for; UNDEFINED when a trade lost more than the equity it entered with") String status,
			@Schema(example = "1,000 bootstrap runs of 16 closed trades (seed 1)",
					description = "What ran, or why nothing did") String detail,
			@Schema(example = "1000", description = "Resampled runs") int runs,
			@Schema(example = "BOOTSTRAP", allowableValues = { "BOOTSTRAP", "SHUFFLE" },
					description = "BOOTSTRAP draws trades with replacement (the final equity varies); SHUFFLE "
							+ "reorders the same trades (only the path varies)") String resampling,
			@Schema(example = "1", description = "The fixed random seed") long seed,
			@Schema(example = "16", description = "Closed trades resampled") int trades,
			@Schema(example = "5", description = "Fewest closed trades a Monte Carlo runs on") int minTrades,
			@Schema(example = "0.062",
					description = "Deepest fall from a peak, a fraction, of the trades in their historical "
							+ "order") @Nullable Double historicalMaxDrawdown,
			@Schema(description = "The runs' deepest falls from a peak, fractions; worst is the deepest "
					+ "run") @Nullable Percentiles maxDrawdown,
			@Schema(example = "131250.4",
					description = "Equity after the last trade in historical order, from the starting "
							+ "cash") @Nullable Double historicalFinalEquity,
			@Schema(description = "The runs' equity after their last trade; worst is the lowest "
					+ "run") @Nullable Percentiles finalEquity,
			@Schema(example = "1.5",
					description = "The multiple of historicalMaxDrawdown probabilityOfDrawdownBeyond is measured "
							+ "at") double drawdownMultiple,
			@Schema(example = "0.184", description = "Share of runs whose drawdown exceeded drawdownMultiple x "
					+ "historicalMaxDrawdown") @Nullable Double probabilityOfDrawdownBeyond){
	}

	/**
	 * Percentiles of the runs (linear interpolation between order statistics) and the
	 * worst run.
	 *
	 * @param p5 5th percentile
	 * @param p25 25th percentile
	 * @param p50 median
	 * @param p75 75th percentile
	 * @param p95 95th percentile
	 * @param worst the worst run: the deepest drawdown, or the lowest final equity
	 */
	@Schema(name = "MonteCarloPercentiles",
			description = "Percentiles of the runs (linear between order statistics) and the worst run")
	public record Percentiles(@Schema(example = "0.031") double p5, @Schema(example = "0.048") double p25,
			@Schema(example = "0.064") double p50, @Schema(example = "0.085") double p75,
			@Schema(example = "0.121") double p95, @Schema(example = "0.233") double worst) {
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
