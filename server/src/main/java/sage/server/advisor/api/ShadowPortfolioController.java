package sage.server.advisor.api;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.HttpStatus;
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
import org.springframework.web.bind.annotation.RestController;

import sage.server.advisor.ShadowPortfolio;
import sage.server.advisor.shadow.CallOutcome;
import sage.server.identity.SignedInUser;

/**
 * The signed-in user's shadow portfolio: calls taken from the advisor's answers (the
 * {@code signal} events of a chat), each scored against the market's daily closes once
 * its horizon has passed, with the hit rate and average return by horizon against
 * buy-and-hold, a calibration table and a performance curve. Tracking a call places no
 * order.
 */
@RestController
@RequestMapping(path = "/api/v1/shadow-portfolio")
@Tag(name = "Advisor")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class ShadowPortfolioController {

	private final ShadowPortfolio portfolio;

	ShadowPortfolioController(ShadowPortfolio portfolio) {
		this.portfolio = portfolio;
	}

	@GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Get your shadow portfolio",
			description = "Every call you track as it fared so far (open calls are marked to the latest daily close "
					+ "and not scored), and the record of the closed ones: hit rate and average return by horizon "
					+ "against buy-and-hold of the same asset and days, stated confidence against the realised hit "
					+ "rate, and the returns summed in the order the calls closed.")
	@ApiResponse(responseCode = "200", description = "The shadow portfolio")
	ShadowPortfolio.Report get(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return this.portfolio.report(user.id());
	}

	@PostMapping(path = "/calls", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Track a call",
			description = "Adds the call an answer of yours made on a symbol (a signal event of the chat), at the "
					+ "price market data gave when the answer was written. Adding it again changes nothing and "
					+ "answers 200 with the call already tracked.")
	@ApiResponse(responseCode = "201", description = "Added; the Location header names it")
	@ApiResponse(responseCode = "200", description = "Already tracked: the call as it is")
	@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404",
			description = "No such answer of yours (code message-not-found), or it makes no call on the symbol "
					+ "(code signal-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "422", description = "The portfolio holds 500 calls (code shadow-portfolio-full)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<CallOutcome> add(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody TrackCallRequest request) {
		ShadowPortfolio.Added added = this.portfolio.add(user.id(), request.messageId(), request.symbol());
		if (!added.created()) {
			return ResponseEntity.ok(added.call());
		}
		return ResponseEntity.status(HttpStatus.CREATED)
			.location(URI.create("/api/v1/shadow-portfolio/calls/" + added.call().id()))
			.body(added.call());
	}

	@DeleteMapping("/calls/{id}")
	@Operation(summary = "Stop tracking a call", description = "Removes the call from your shadow portfolio.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such call of yours (code call-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> remove(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") @Pattern(regexp = ChatController.ID, message = "must be an id (a UUID)") String id) {
		this.portfolio.remove(user.id(), id);
		return ResponseEntity.noContent().build();
	}

}
