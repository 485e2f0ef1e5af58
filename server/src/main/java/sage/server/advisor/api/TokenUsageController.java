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
import org.springframework.web.bind.annotation.RestController;

import sage.server.advisor.usage.MonthlyTokens;
import sage.server.advisor.usage.TokenBudget;
import sage.server.identity.SignedInUser;

/** The signed-in user's language model tokens this month. */
@RestController
@Tag(name = "Advisor")
class TokenUsageController {

	private final TokenBudget budget;

	TokenUsageController(TokenBudget budget) {
		this.budget = budget;
	}

	@GetMapping(path = "/api/v1/advisor/usage", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Your token usage this month",
			description = "The language model tokens (prompts and answers) your questions spent this calendar month "
					+ "(UTC), your tier's monthly budget (null: no limit) and when it renews. Offline answers spend "
					+ "none. A question asked with the budget spent is refused (token-budget-exhausted).")
	@ApiResponse(responseCode = "200", description = "This month's usage")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	MonthlyTokens usage(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return this.budget.month(user.id(), user.tier());
	}

}
