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
 */
@Schema(name = "Sweep")
public record SweepJob(String id, @Schema(example = "DONE") String status,
		@Schema(example = "rsi-threshold") String strategy, @Schema(example = "SPY") String symbol,
		@Schema(example = "1d") String interval, @Schema(example = "SHARPE") String metric, List<String> parameters,
		@Schema(example = "24") int combinations, @Schema(example = "24") int done, @Schema(example = "5241") int bars,
		@Nullable LocalDate from, @Nullable LocalDate to, @Schema(example = "100000") BigDecimal cash,
		@Schema(example = "0.001") BigDecimal commission, Instant createdAt, @Nullable Instant finishedAt,
		@Nullable String error, @Nullable Combination best, @Nullable List<Combination> results) {

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

	/** The same job with other progress or outcome. */
	SweepJob with(String status, int done, @Nullable Instant finishedAt, @Nullable String error,
			@Nullable Combination best, @Nullable List<Combination> results) {
		return new SweepJob(this.id, status, this.strategy, this.symbol, this.interval, this.metric, this.parameters,
				this.combinations, done, this.bars, this.from, this.to, this.cash, this.commission, this.createdAt,
				finishedAt, error, best, results);
	}

}
