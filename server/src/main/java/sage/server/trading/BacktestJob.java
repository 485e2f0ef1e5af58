package sage.server.trading;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A backtest running as a job: how far it got, and where its result is once done. The job
 * and the backtest share one id.
 *
 * @param id the job's id, which the finished backtest keeps
 * @param status QUEUED, RUNNING, DONE or FAILED
 * @param strategy the strategy id
 * @param symbol the instrument
 * @param interval the bar length
 * @param bars bars in the backtest
 * @param done bars simulated so far
 * @param createdAt when it was asked for
 * @param finishedAt when it ended
 * @param error why it failed
 * @param result where the backtest can be read once DONE
 */
@Schema(name = "BacktestJob",
		description = "A backtest running as a job: poll it until status is DONE, then read the backtest at result")
public record BacktestJob(@Schema(example = "3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c") String id,
		@Schema(example = "RUNNING", allowableValues = {
				"QUEUED", "RUNNING", "DONE", "FAILED" }) String status,
		@Schema(example = "hyper-rsi") String strategy, @Schema(example = "BTC-USD") String symbol,
		@Schema(example = "1h") String interval, @Schema(example = "1200000") int bars,
		@Schema(example = "524288", description = "Bars simulated so far") int done, Instant createdAt,
		@Nullable Instant finishedAt,
		@Schema(example = "the backtest failed; the server log has the details under its id") @Nullable String error,
		@Schema(example = "/api/v1/backtests/3f0f6c2e-5d1a-4a7e-9b0c-2f1e8d6a4b3c",
				description = "Where the backtest is, once DONE") @Nullable String result){

	/** The path of a backtest, which is where a finished job's result is. */
	public static String resultPath(String id) {
		return "/api/v1/backtests/" + id;
	}

	/** The path of a job. */
	public static String path(String id) {
		return "/api/v1/backtests/jobs/" + id;
	}

	/** Whether it ended (DONE or FAILED), rather than waiting or running. */
	boolean hasEnded() {
		return !this.status.equals("QUEUED") && !this.status.equals("RUNNING");
	}

	/** The same job with other progress or outcome. */
	BacktestJob with(String status, int done, @Nullable Instant finishedAt, @Nullable String error) {
		return new BacktestJob(this.id, status, this.strategy, this.symbol, this.interval, this.bars, done,
				this.createdAt, finishedAt, error, status.equals("DONE") ? resultPath(this.id) : null);
	}

}
