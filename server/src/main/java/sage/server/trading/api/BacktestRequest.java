package sage.server.trading.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.platform.ProblemException;
import sage.server.trading.BacktestSpec;

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
				description = "Fee as a fraction of traded value; default 0.001 (0.1%)") @Nullable BigDecimal commission) {

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
				(this.commission != null) ? this.commission : DEFAULT_COMMISSION);
	}

}
