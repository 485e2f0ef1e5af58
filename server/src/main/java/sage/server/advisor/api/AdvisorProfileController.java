package sage.server.advisor.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import sage.server.advisor.profile.AdvisorProfile;
import sage.server.advisor.profile.ProfileEdit;
import sage.server.advisor.profile.Profiles;
import sage.server.identity.SignedInUser;

/**
 * The signed-in user's advisor profile: what the advisor infers of them, and what they
 * set.
 */
@RestController
@Tag(name = "Advisor")
class AdvisorProfileController {

	private final Profiles profiles;

	AdvisorProfileController(Profiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping(path = "/api/v1/advisor/profile", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your advisor profile",
			description = "Your experience, tolerance for swings in value and the assets you follow, as the advisor "
					+ "goes by them: each inferred from your latest 200 questions (the assets from the latest 50), "
					+ "with its confidence and the questions it came from; set by you, or assumed (beginner, low tolerance) until you say. "
					+ "Risk sizing and the advisor's tone follow it. Deleting a chat takes its questions out.")
	@ApiResponse(responseCode = "200", description = "Your profile")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AdvisorProfile profile(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return this.profiles.of(user.id());
	}

	@PutMapping(path = "/api/v1/advisor/profile", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set your advisor profile",
			description = "Sets your experience, tolerance and the assets you follow. A part left null is inferred "
					+ "from your questions again; all null puts the whole profile back to inference. Answers the "
					+ "profile as the advisor now goes by it.")
	@ApiResponse(responseCode = "200", description = "Your profile, as set")
	@ApiResponse(responseCode = "400",
			description = "An unknown experience or tolerance, more than 8 assets, or an asset Sage does not list "
					+ "(code invalid-request, with the fields); nothing changes",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AdvisorProfile edit(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@RequestBody ProfileEdit edit) {
		return this.profiles.edit(user.id(), edit);
	}

}
