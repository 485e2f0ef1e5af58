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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.trading.SweepJob;
import sage.server.trading.Sweeps;
import sage.server.trading.TradingProblems;

/**
 * The signed-in user's parameter sweeps: start one, watch its progress, read every
 * combination's figures. A sweep id of another user answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/sweeps", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Backtests")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "400",
		description = "Invalid request (code invalid-request, invalid-parameters, invalid-walk-forward or too-much-work)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class SweepController {

	private static final String ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

	private static final String ID_MESSAGE = "must be a sweep id (a UUID)";

	private final Sweeps sweeps;

	SweepController(Sweeps sweeps) {
		this.sweeps = sweeps;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Start a sweep",
			description = "Backtests the strategy for every combination of the swept parameters' values, on every "
					+ "core, one sweep at a time. Checked before any work: at most 1,000,000 combinations and "
					+ "100,000,000 combination-bars, the walk-forward's included. With walkForward, the same job "
					+ "then walks forward: each fold searches the grid on its train window, runs the combination "
					+ "that ranks first on the test window after it, and the test windows are stitched into one "
					+ "out-of-sample record. Poll the returned sweep for progress and results; it is the signed-in "
					+ "user's, who alone can read, list or delete it.")
	@ApiResponse(responseCode = "202", description = "Queued; the Location header points at its progress")
	@ApiResponse(responseCode = "404",
			description = "Unknown strategy or instrument, or no bars at the interval (code strategy-not-found, "
					+ "instrument-not-found or interval-not-available)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429", description = "Too many sweeps waiting (code sweeps-busy)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SweepJob> start(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody SweepRequest request) {
		SweepJob job = this.sweeps.start(user.id(), request.toSpec());
		return ResponseEntity.accepted().location(URI.create("/api/v1/sweeps/" + job.id())).body(job);
	}

	@GetMapping
	@Operation(summary = "List sweeps",
			description = "The signed-in user's sweeps, newest first, without their combinations.")
	@ApiResponse(responseCode = "200", description = "The sweeps")
	SweepList list(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Most to return", example = "50") @RequestParam(name = "limit",
					defaultValue = "50") @Min(1) @Max(500) int limit) {
		return new SweepList(this.sweeps.recent(user.id(), limit));
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a sweep",
			description = "Its progress while it runs; every combination, and the walk-forward's folds when one was "
					+ "asked for, once DONE.")
	@ApiResponse(responseCode = "200", description = "The sweep")
	@ApiResponse(responseCode = "404", description = "No such sweep of this user (code sweep-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SweepJob get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		return this.sweeps.find(user.id(), id).orElseThrow(() -> TradingProblems.sweepNotFound(id));
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Cancel and delete a sweep")
	@ApiResponse(responseCode = "204", description = "Deleted (and stopped, if it was running)")
	@ApiResponse(responseCode = "404", description = "No such sweep of this user (code sweep-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> delete(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ID, message = ID_MESSAGE) String id) {
		if (!this.sweeps.delete(user.id(), id)) {
			throw TradingProblems.sweepNotFound(id);
		}
		return ResponseEntity.noContent().build();
	}

	@Schema(name = "SweepList")
	record SweepList(List<SweepJob> items) {
	}

}
