package sage.server.trading.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.platform.ProblemException;
import sage.server.trading.BacktestSpec;
import sage.server.trading.MonteCarloSpec;

/** A backtest to run. Only {@code strategy} and {@code symbol} are required. */
@Schema(name = "BacktestRequest")
record BacktestRequest(
		@Schema(example = "rsi-threshold", description = "Strategy id (GET /api/v1/strategies)",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String strategy,
		@Schema(example = "SPY", description = "Instrument symbol or alias",
				requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String symbol,
		@Schema(example = "1d", description = "Bar length; default 1d") @Nullable String interval,
		@Schema(example = "2010-01-01",
				description = "First day, inclusive; default the first bar") @Nullable LocalDate from,
		@Schema(example = "2020-08-28",
				description = "Last day, inclusive; default the last bar") @Nullable LocalDate to,
		@Schema(example = "{\"period\": 14, \"low\": 30, \"high\": 70, \"size\": 100}",
				description = "Parameter values by name; missing ones take their defaults") @Nullable Map<String, BigDecimal> params,
		@Schema(example = "100000", description = "Starting cash; default 100000") @Nullable BigDecimal cash,
		@Schema(example = "0.001",
				description = "Fee as a fraction of traded value; default 0.001 (0.1%)") @Nullable BigDecimal commission,
		@Schema(description = "The Monte Carlo run on the closed trades; default 1,000 bootstrap runs. "
				+ "Send {\"runs\": 0} for none.") @Nullable MonteCarloRequest monteCarlo) {

	static final BigDecimal DEFAULT_CASH = new BigDecimal("100000");

	static final BigDecimal DEFAULT_COMMISSION = new BigDecimal("0.001");

	BacktestSpec toSpec() {
		if (this.strategy == null || this.strategy.isBlank()) {
			throw ProblemException.invalidField("strategy", "is required");
		}
		if (this.symbol == null || this.symbol.isBlank()) {
			throw ProblemException.invalidField("symbol", "is required");
		}
		return new BacktestSpec(this.strategy, (this.params != null) ? this.params : Map.of(), this.symbol,
				(this.interval != null) ? this.interval : "1d", this.from, this.to,
				(this.cash != null) ? this.cash : DEFAULT_CASH,
				(this.commission != null) ? this.commission : DEFAULT_COMMISSION,
				(this.monteCarlo != null) ? MonteCarloSpec.of(this.monteCarlo.runs(), this.monteCarlo.resampling())
						: MonteCarloSpec.DEFAULT);
	}

	/**
	 * How to resample the backtest's closed trades.
	 *
	 * @param runs resampled runs
	 * @param resampling how each run draws its trades
	 */
	@Schema(name = "MonteCarloRequest")
	record MonteCarloRequest(@Schema(example = "1000", minimum = "0", maximum = "10000",
			description = "Runs: 0 for no Monte Carlo, else 100 to 10,000; default 1,000") @Nullable Integer runs,
			@Schema(example = "BOOTSTRAP", allowableValues = {
					"BOOTSTRAP", "SHUFFLE" },
					description = "BOOTSTRAP (default) draws as many trades as there were, with replacement, so the "
							+ "final equity varies too; SHUFFLE replays the same trades in a random order, so only "
							+ "the path and its drawdown vary") @Nullable String resampling){
	}

}
