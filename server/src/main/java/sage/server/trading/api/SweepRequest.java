package sage.server.trading.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.platform.ProblemException;
import sage.server.trading.SweepSpec;
import sage.server.trading.WalkForwardSpec;

/**
 * A parameter sweep to run. {@code strategy}, {@code symbol} and {@code ranges} are
 * required.
 */
@Schema(name = "SweepRequest")
record SweepRequest(
		@Schema(example = "rsi-threshold", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String strategy,
		@Schema(example = "SPY", requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String symbol,
		@Schema(example = "1d", description = "Bar length; default 1d") @Nullable String interval,
		@Schema(example = "2010-01-01") @Nullable LocalDate from,
		@Schema(example = "2020-08-28") @Nullable LocalDate to,
		@Schema(description = "The swept parameters: a range (from, to inclusive, step) or a list of values",
				example = "[{\"name\":\"period\",\"from\":10,\"to\":20,\"step\":2},{\"name\":\"low\",\"values\":[20,25,30]}]",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable List<SweepSpec.Range> ranges,
		@Schema(description = "Values of parameters that are not swept; others take their defaults",
				example = "{\"size\": 100}") @Nullable Map<String, BigDecimal> params,
		@Schema(example = "100000", description = "Starting cash; default 100000") @Nullable BigDecimal cash,
		@Schema(example = "0.001",
				description = "Fee as a fraction of traded value; default 0.001") @Nullable BigDecimal commission,
		@Schema(example = "SHARPE",
				description = "Ranks the combinations: TOTAL_RETURN, CAGR, SHARPE (default), SORTINO, MAX_DRAWDOWN, PROFIT_FACTOR, TRADE_COUNT") @Nullable String metric,
		@Schema(description = "A walk-forward to run after the grid, in the same job: each fold searches the grid "
				+ "on its train window and runs the best combination (by metric) on the test window after it") @Nullable WalkForwardRequest walkForward) {

	SweepSpec toSpec() {
		if (this.strategy == null || this.strategy.isBlank()) {
			throw ProblemException.invalidField("strategy", "is required");
		}
		if (this.symbol == null || this.symbol.isBlank()) {
			throw ProblemException.invalidField("symbol", "is required");
		}
		if (this.ranges == null || this.ranges.isEmpty()) {
			throw ProblemException.invalidField("ranges", "must name at least one parameter to sweep");
		}
		for (int i = 0; i < this.ranges.size(); i++) {
			if (this.ranges.get(i) == null || this.ranges.get(i).name() == null) {
				throw ProblemException.invalidField("ranges[" + i + "].name", "is required");
			}
		}
		return new SweepSpec(this.strategy, this.symbol, (this.interval != null) ? this.interval : "1d", this.from,
				this.to, this.ranges, (this.params != null) ? this.params : Map.of(),
				(this.cash != null) ? this.cash : BacktestRequest.DEFAULT_CASH,
				(this.commission != null) ? this.commission : BacktestRequest.DEFAULT_COMMISSION,
				(this.metric != null) ? this.metric : "SHARPE",
				(this.walkForward != null) ? WalkForwardSpec.of(this.walkForward.folds(), this.walkForward.trainBars(),
						this.walkForward.testBars(), this.walkForward.window()) : null);
	}

	/**
	 * The walk-forward's windows: {@code folds} test windows of {@code testBars} bars
	 * each, the first after {@code trainBars} bars. They must fit in the range.
	 *
	 * @param folds how many folds
	 * @param trainBars bars in the first train window
	 * @param testBars bars in each test window
	 * @param window how train windows move
	 */
	@Schema(name = "WalkForwardRequest")
	record WalkForwardRequest(
			@Schema(example = "5", minimum = "1", maximum = "100", description = "Folds (test windows), 1 to 100",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer folds,
			@Schema(example = "1000", minimum = "2",
					description = "Bars in the first train window (in every one when ROLLING)",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer trainBars,
			@Schema(example = "250", minimum = "2", description = "Bars in each test window",
					requiredMode = Schema.RequiredMode.REQUIRED) @Nullable Integer testBars,
			@Schema(example = "ROLLING", allowableValues = {
					"ROLLING", "ANCHORED" },
					description = "ROLLING (default): train windows keep their size and slide by one test window; "
							+ "ANCHORED: every train window starts at the first bar") @Nullable String window){
	}

}
