package sage.server.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A sweep as a job: its progress while it runs, every combination's figures once done.
 *
 * @param id the sweep's id
 * @param status QUEUED, RUNNING, DONE, FAILED or CANCELED
 * @param strategy the strategy id
 * @param symbol the instrument
 * @param interval the bar length
 * @param metric what ranks the combinations
 * @param parameters the swept parameters, in combination order (the last varies fastest)
 * @param combinations how many combinations
 * @param done how many have run
 * @param bars bars in each backtest
 * @param from first day asked for, or absent for the first bar
 * @param to last day asked for, or absent for the last bar
 * @param cash starting cash of every backtest
 * @param commission fee as a fraction of traded value
 * @param createdAt when it was asked for
 * @param finishedAt when it ended
 * @param error why it failed
 * @param best the best combination by the metric
 * @param results every combination, in combination order, once done
 * @param walkForward the walk-forward run after the grid, when one was asked for
 */
@Schema(name = "Sweep")
public record SweepJob(String id, @Schema(example = "DONE") String status,
		@Schema(example = "rsi-threshold") String strategy, @Schema(example = "SPY") String symbol,
		@Schema(example = "1d") String interval, @Schema(example = "SHARPE") String metric, List<String> parameters,
		@Schema(example = "24") int combinations, @Schema(example = "24") int done, @Schema(example = "5241") int bars,
		@Nullable LocalDate from, @Nullable LocalDate to, @Schema(example = "100000") BigDecimal cash,
		@Schema(example = "0.001") BigDecimal commission, Instant createdAt, @Nullable Instant finishedAt,
		@Nullable String error, @Nullable Combination best, @Nullable List<Combination> results,
		@Nullable WalkForwardRun walkForward) {

	/**
	 * One combination and its figures. Figures that are undefined for it are left out.
	 *
	 * @param params every swept parameter's value
	 * @param totalReturn final over initial equity, minus one
	 * @param cagr compound annual growth rate
	 * @param sharpe annualised Sharpe ratio
	 * @param sortino annualised Sortino ratio
	 * @param maxDrawdown deepest fall from a peak, a fraction
	 * @param profitFactor gross profit over gross loss
	 * @param tradeCount closed round trips
	 * @param refusal why the strategy refused this combination (then no figures)
	 */
	@Schema(name = "SweepCombination")
	public record Combination(Map<String, BigDecimal> params, @Nullable Double totalReturn, @Nullable Double cagr,
			@Nullable Double sharpe, @Nullable Double sortino, @Nullable Double maxDrawdown,
			@Nullable Double profitFactor, @Nullable Integer tradeCount, @Nullable String refusal) {
	}

	/**
	 * A walk-forward after the grid: for each fold, the grid is searched on the train
	 * window, and the combination that ranks first by the sweep's metric is run on the
	 * test window that follows. Each window is backtested on its own bars from the
	 * starting cash (indicators warm up again in each); the test windows' equity curves
	 * are stitched end to start, each compounded from where the previous one ended.
	 *
	 * @param folds how many folds
	 * @param trainBars bars in the first train window (in every one when ROLLING)
	 * @param testBars bars in each test window
	 * @param window ROLLING (train windows keep their size and slide) or ANCHORED (every
	 * train window starts at the first bar)
	 * @param done train-window backtests run so far
	 * @param total train-window backtests in all: folds x combinations
	 * @param error why the walk-forward could not finish, e.g. a fold where no
	 * combination has a value for the metric; the grid's results stand
	 * @param results each fold, in order, once done
	 * @param outOfSample figures of the stitched test windows, once done
	 */
	@Schema(name = "WalkForward",
			description = "A walk-forward after the grid: each fold searches the grid on its train window and runs "
					+ "the combination that ranks first by the sweep's metric on the test window after it; the test "
					+ "windows are stitched into one out-of-sample record")
	public record WalkForwardRun(@Schema(example = "5", description = "Folds") int folds,
			@Schema(example = "1000",
					description = "Bars in the first train window (in every one when ROLLING)") int trainBars,
			@Schema(example = "250", description = "Bars in each test window") int testBars,
			@Schema(example = "ROLLING", allowableValues = {
					"ROLLING", "ANCHORED" },
					description = "ROLLING: train windows keep their size and slide; ANCHORED: every train window "
							+ "starts at the first bar") String window,
			@Schema(example = "90", description = "Train-window backtests run so far") int done,
			@Schema(example = "90", description = "Train-window backtests in all: folds x combinations") int total,
			@Schema(example = "fold 1 of 5: no combination has a SHARPE on its train window (1999-11-01 to 2001-10-29); "
					+ "use longer train windows or rank by another metric",
					description = "Why the walk-forward could not finish; the grid's results stand") @Nullable String error,
			@Schema(description = "Each fold, in order, once done") @Nullable List<FoldRow> results,
			@Schema(description = "Figures of the stitched test windows, once done") @Nullable FoldFigures outOfSample){

		/** The same walk-forward with other progress or outcome. */
		WalkForwardRun with(int done, @Nullable String error, @Nullable List<FoldRow> results,
				@Nullable FoldFigures outOfSample) {
			return new WalkForwardRun(this.folds, this.trainBars, this.testBars, this.window, done, this.total, error,
					results, outOfSample);
		}

	}

	/**
	 * One walk-forward fold: its windows (open times of their first and last bars), the
	 * parameters chosen on the train window and their figures on both windows.
	 *
	 * @param number the fold's position, from 0
	 * @param trainFirstBar first bar of the train window
	 * @param trainLastBar last bar of the train window
	 * @param testFirstBar first bar of the test window
	 * @param testLastBar last bar of the test window
	 * @param trainBars bars in the train window
	 * @param testBars bars in the test window
	 * @param params every swept parameter's value chosen on the train window
	 * @param inSample their figures on the train window
	 * @param outOfSample their figures on the test window
	 */
	@Schema(name = "WalkForwardFold",
			description = "One fold: its windows (open times of their first and last bars), the parameters chosen on "
					+ "the train window and their figures on both windows")
	public record FoldRow(@Schema(example = "0") int number, Instant trainFirstBar, Instant trainLastBar,
			Instant testFirstBar, Instant testLastBar, @Schema(example = "1000") int trainBars,
			@Schema(example = "250") int testBars,
			@Schema(example = "{\"period\": 14, \"low\": 25}") Map<String, BigDecimal> params, FoldFigures inSample,
			FoldFigures outOfSample) {
	}

	/**
	 * Figures of one window or of the stitched test windows. Figures that are undefined
	 * (no trades, no losses) are left out.
	 *
	 * @param totalReturn final over initial equity, minus one
	 * @param cagr compound annual growth rate
	 * @param sharpe annualised Sharpe ratio
	 * @param sortino annualised Sortino ratio
	 * @param maxDrawdown deepest fall from a peak, a fraction
	 * @param profitFactor gross profit over gross loss
	 * @param tradeCount closed round trips
	 */
	@Schema(name = "WalkForwardFigures",
			description = "Figures of one window or of the stitched test windows; undefined ones are left out")
	public record FoldFigures(@Schema(example = "0.042") @Nullable Double totalReturn,
			@Schema(example = "0.041") @Nullable Double cagr, @Schema(example = "0.73") @Nullable Double sharpe,
			@Schema(example = "1.02") @Nullable Double sortino, @Schema(example = "0.051") @Nullable Double maxDrawdown,
			@Schema(example = "1.8") @Nullable Double profitFactor, @Schema(example = "6") int tradeCount) {
	}

	/** The same job with other progress or outcome. */
	SweepJob with(String status, int done, @Nullable Instant finishedAt, @Nullable String error,
			@Nullable Combination best, @Nullable List<Combination> results, @Nullable WalkForwardRun walkForward) {
		return new SweepJob(this.id, status, this.strategy, this.symbol, this.interval, this.metric, this.parameters,
				this.combinations, done, this.bars, this.from, this.to, this.cash, this.commission, this.createdAt,
				finishedAt, error, best, results, walkForward);
	}

}
