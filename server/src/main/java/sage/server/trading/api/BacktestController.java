package sage.server.trading.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.BacktestJob;
import sage.server.trading.BacktestJobs;
import sage.server.trading.BacktestRun;
import sage.server.trading.BacktestSummary;
import sage.server.trading.Backtests;
import sage.server.trading.TradingProblems;

/**
 * The signed-in user's backtests: run one, read it back, list and delete them. A backtest
 * or job id of another user answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/backtests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Backtests")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "400",
		description = "Invalid request (code invalid-request, invalid-parameters or invalid-monte-carlo)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class BacktestController {

	private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String ID_MESSAGE = "must be a backtest id (a UUID)";

	private final Backtests backtests;

	private final BacktestJobs jobs;

	BacktestController(Backtests backtests, BacktestJobs jobs) {
		this.backtests = backtests;
		this.jobs = jobs;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Run a backtest",
			description = "Runs the strategy over the instrument's stored bars in the range and keeps the result "
					+ "for the signed-in user, who alone can read, list or delete it. "
					+ "A market order decided at a bar's close fills at the next bar's open; fees are a fraction "
					+ "of traded value. Runs of up to 250,000 bars answer at once with 201 (a few milliseconds per "
					+ "thousand bars). Larger runs, and any run sent with the header `Prefer: respond-async`, are "
					+ "checked at once and then run as a job: 202 with the job, whose Location is polled at "
					+ "GET /api/v1/backtests/jobs/{id} for progress until its status is DONE; the backtest is then "
					+ "at GET /api/v1/backtests/{id} under the same id. When it completes, a Monte Carlo "
					+ "resamples its closed trades (1,000 bootstrap runs with a fixed seed unless monteCarlo says "
					+ "otherwise; at least 5 closed trades) and reports the spread of the drawdown and the final "
					+ "equity beside the trades in their historical order.")
	@ApiResponse(responseCode = "201",
			description = "The backtest, with its figures, Monte Carlo, fills, trades and curves",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BacktestRun.class)))
	@ApiResponse(responseCode = "202",
			description = "Accepted as a job; poll the Location (GET /api/v1/backtests/jobs/{id}) for progress",
			content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
					schema = @Schema(implementation = BacktestJob.class)))
	@ApiResponse(responseCode = "404",
			description = "Unknown strategy or instrument, or no bars at the interval (code strategy-not-found, "
					+ "instrument-not-found or interval-not-available)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The range holds too few bars (code not-enough-bars)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "Too many backtest jobs waiting on this server (code backtests-busy, with Retry-After)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> run(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody BacktestRequest request,
			@Parameter(description = "respond-async runs the backtest as a job (202) whatever its size",
					example = "respond-async") @RequestHeader(name = "Prefer",
							required = false) @Nullable String prefer) {
		boolean async = RespondAsync.asked(prefer);
		return switch (this.jobs.submit(user.id(), request.toSpec(), async)) {
			case BacktestJobs.Accepted.Ran ran ->
				ResponseEntity.created(URI.create(BacktestJob.resultPath(ran.run().id()))).body(ran.run());
			case BacktestJobs.Accepted.Queued queued -> {
				ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted()
					.location(URI.create(BacktestJob.path(queued.job().id())));
				if (async) {
					accepted.header("Preference-Applied", RespondAsync.TOKEN);
				}
				yield accepted.body(queued.job());
			}
		};
	}

	@GetMapping("/jobs/{id}")
	@Operation(summary = "Follow a backtest job",
			description = "Status and progress of a backtest accepted as a job. Once DONE, result is the path of the "
					+ "backtest, which has the job's id.")
	@ApiResponse(responseCode = "200", description = "The job")
	@ApiResponse(responseCode = "404", description = "No such job of this user (code backtest-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	BacktestJob job(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		return this.jobs.find(user.id(), id).orElseThrow(() -> TradingProblems.backtestNotFound(id));
	}

	@GetMapping
	@Operation(summary = "List backtests",
			description = "The signed-in user's kept backtests, newest first, with their headline result.")
	@ApiResponse(responseCode = "200", description = "The backtests")
	BacktestList list(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Most to return", example = "50") @RequestParam(name = "limit",
					defaultValue = "50") @Min(1) @Max(500) int limit) {
		return new BacktestList(this.backtests.recent(user.id(), limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a backtest",
			description = "As it was answered when it ran, with its Monte Carlo (absent for backtests kept before "
					+ "Sage computed one).")
	@ApiResponse(responseCode = "200", description = "The backtest")
	@ApiResponse(responseCode = "404", description = "No such backtest of this user (code backtest-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	BacktestRun get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		return this.backtests.find(user.id(), id).orElseThrow(() -> TradingProblems.backtestNotFound(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a backtest",
			description = "Deletes a kept backtest, or stops and deletes a backtest job with this id.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such backtest of this user (code backtest-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		if (!this.jobs.delete(user.id(), id)) {
			throw TradingProblems.backtestNotFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@Schema(name = "BacktestList")
	record BacktestList(List<BacktestSummary> items) {
	}

}
