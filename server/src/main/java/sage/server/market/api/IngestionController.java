package sage.server.market.api;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import sage.engine.series.Timeframe;
import sage.server.market.ingest.Ingestion;
import sage.server.market.ingest.IngestionJob;
import sage.server.market.ingest.IngestionRun;
import sage.server.market.ingest.JobStatus;
import sage.server.market.ingest.QuarantinedBar;

/** Scheduled market data collection: jobs, their runs and the rows they refused. */
@RestController
@RequestMapping(path = "/api/v1/market/ingestion", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Market")
class IngestionController {

	private final Ingestion ingestion;

	IngestionController(Ingestion ingestion) {
		this.ingestion = ingestion;
	}

	@GetMapping
	@Operation(summary = "List ingestion jobs",
			description = "Every configured ingestion job (sage.market.ingestion.jobs.*) with its configuration, "
					+ "its latest run (rows fetched, stored and quarantined, duration, error) and its next run. "
					+ "None is configured out of the box.")
	@ApiResponse(responseCode = "200", description = "The jobs, by name")
	JobListResponse ingestionJobs() {
		return new JobListResponse(this.ingestion.jobs().stream().map(JobResponse::of).toList());
	}

	@GetMapping("/{job}/quarantine")
	@Operation(summary = "List quarantined rows",
			description = "Rows the job refused before storage, newest first, with the values exactly as the "
					+ "provider sent them and the reason. A quarantined row is never stored nor fed to an indicator.")
	@ApiResponse(responseCode = "200", description = "The refused rows, newest first")
	@ApiResponse(responseCode = "404", description = "No such job (code ingestion-job-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	QuarantineResponse ingestionQuarantine(
			@Parameter(description = "Job name", example = "us-stocks-daily") @PathVariable(name = "job") String job,
			@Parameter(description = "Most rows to return", example = "100") @RequestParam(name = "limit",
					defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return new QuarantineResponse(this.ingestion.quarantine(job, limit).stream().map(QuarantinedRow::of).toList());
	}

	@PostMapping("/{job}/runs")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Run an ingestion job now",
			description = "Starts a run at once, also of a job that is not enabled for its schedule, and answers "
					+ "while it goes on; GET /api/v1/market/ingestion shows how it ended. Administrators only: a run "
					+ "spends the provider quota and rate limits of the server. The start is audited "
					+ "(ingestion.run-started).")
	@ApiResponse(responseCode = "202", description = "The run started")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403",
			description = "Not an administrator, or an API key without the admin scope (code access-denied or "
					+ "insufficient-scope)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No such job (code ingestion-job-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "A run of the job is going on, here or on another node (code ingestion-running)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	RunResponse runIngestionJob(
			@Parameter(description = "Job name", example = "us-stocks-daily") @PathVariable(name = "job") String job,
			@Parameter(hidden = true) Principal administrator) {
		// the principal's name is the account id (market knows no identity type)
		return RunResponse.of(this.ingestion.runNow(job, administrator.getName()));
	}

	@Schema(name = "IngestionJobList")
	record JobListResponse(List<JobResponse> items) {
	}

	@Schema(name = "IngestionJob", description = "A configured ingestion job and how it is doing")
	record JobResponse(@Schema(example = "us-stocks-daily") String name, @Schema(example = "yahoo") String provider,
			@Schema(example = "[\"SPY\", \"005930\", \"BTC-USD\"]") List<String> symbols,
			@Schema(example = "1d") String interval,
			@Schema(example = "PT6H", description = "Time between two scheduled runs (ISO 8601)") String every,
			@Schema(example = "PT8760H",
					description = "How far back a first run and gap repair reach (ISO 8601)") String backfill,
			@Schema(example = "[\"1w\"]",
					description = "Higher intervals built from the fetched bars") List<String> derive,
			@Schema(example = "true",
					description = "Whether it runs on its schedule; any job can be run by hand") boolean enabled,
			@Schema(example = "false", description = "Whether a run is going on on this node") boolean running,
			@Schema(description = "Its latest run on any node; absent before the first") @Nullable RunResponse lastRun,
			@Schema(example = "2026-11-23T06:00:04Z",
					description = "When it last finished without an error") @Nullable Instant lastSuccess,
			@Schema(example = "2026-11-23T12:00:00Z",
					description = "When it runs next on this node; absent when it is not scheduled") @Nullable Instant nextRun) {

		static JobResponse of(JobStatus status) {
			IngestionJob job = status.job();
			return new JobResponse(job.name(), job.provider(), job.symbols(), job.interval().code(),
					job.every().toString(), job.backfill().toString(),
					job.derive().stream().map(Timeframe::code).toList(), job.enabled(), status.running(),
					(status.lastRun() != null) ? RunResponse.of(status.lastRun()) : null, status.lastSuccess(),
					status.nextRun());
		}

	}

	@Schema(name = "IngestionRun", description = "One run of an ingestion job")
	record RunResponse(@Schema(example = "42") long id, @Schema(example = "us-stocks-daily") String job,
			@Schema(example = "2026-11-23T06:00:00Z") Instant startedAt,
			@Schema(example = "2026-11-23T06:00:04Z",
					description = "Absent while it runs") @Nullable Instant finishedAt,
			@Schema(example = "SUCCEEDED", allowableValues = {
					"RUNNING", "SUCCEEDED", "FAILED" },
					description = "FAILED when at least one symbol failed; what the others stored is kept, "
							+ "and the next run resumes from the newest stored bar") String result,
			@Schema(example = "252", description = "Rows the provider sent") int rowsFetched,
			@Schema(example = "3",
					description = "Bars inserted or changed, derived bars included; a repeated run stores none") int rowsStored,
			@Schema(example = "1", description = "Rows refused by validation") int rowsQuarantined,
			@Schema(example = "4012", description = "How long it took; absent while it runs") @Nullable Long durationMs,
			@Schema(example = "005930: yahoo: chart 005930.KS 1d: HTTP 503",
					description = "What went wrong, one line per failed symbol") @Nullable String error){

		static RunResponse of(IngestionRun run) {
			return new RunResponse(run.id(), run.job(), run.startedAt(), run.finishedAt(), run.result().name(),
					run.rowsFetched(), run.rowsStored(), run.rowsQuarantined(),
					(run.duration() != null) ? run.duration().toMillis() : null, run.error());
		}

	}

	@Schema(name = "Quarantine")
	record QuarantineResponse(List<QuarantinedRow> items) {
	}

	@Schema(name = "QuarantinedRow",
			description = "A row refused before storage, with its values as sent; a value that is not a finite "
					+ "number is written as the string \"NaN\", \"Infinity\" or \"-Infinity\"")
	record QuarantinedRow(@Schema(example = "us-stocks-daily") String job, @Schema(example = "SPY") String symbol,
			@Schema(example = "1d") String interval, @Schema(example = "2026-11-20T14:30:00Z") Instant openTime,
			@Schema(example = "590.1") double open, @Schema(example = "588.0") double high,
			@Schema(example = "591.2") double low, @Schema(example = "589.9") double close,
			@Schema(example = "51234100") double volume, @Schema(example = "high is below low") String reason,
			@Schema(example = "2026-11-23T06:00:03Z") Instant quarantinedAt) {

		static QuarantinedRow of(QuarantinedBar bar) {
			return new QuarantinedRow(bar.job(), bar.symbol(), bar.interval(), bar.openTime(), bar.open(), bar.high(),
					bar.low(), bar.close(), bar.volume(), bar.reason(), bar.quarantinedAt());
		}

	}

}
