package sage.server.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.AccessTokens;
import sage.server.identity.IdentityProblems;
import sage.server.identity.IssuedTokens;
import sage.server.identity.ScopedCaller;
import sage.server.platform.ProblemException;

/**
 * Access tokens for API clients: exchange an API key for a short-lived JWT and a refresh
 * token, renew the pair, revoke a refresh token. Keys, not passwords, are exchanged, so
 * that no client stores a password and an administrator's second factor cannot be skipped
 * through here.
 */
@RestController
@RequestMapping(path = "/api/v1/auth/token", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Access tokens", description = "Short-lived JWTs obtained with an API key")
class TokenController {

	private final AccessTokens tokens;

	TokenController(AccessTokens tokens) {
		this.tokens = tokens;
	}

	@PostMapping
	@Operation(summary = "Exchange an API key for tokens",
			description = "Send the API key as 'Authorization: Bearer sage_...' or 'X-API-Key'. Answers an access "
					+ "token (JWT, HS256, 15 minutes) with the key's scopes and a refresh token (30 days, good "
					+ "once). Both stop working when the key is revoked, rotated or expires.")
	@ApiResponse(responseCode = "200", description = "The tokens")
	@ApiResponse(responseCode = "400",
			description = "The caller is a session, not an API key (code invalid-request, field Authorization)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401",
			description = "No or an invalid API key (code unauthenticated, " + "invalid-api-key)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	IssuedTokens issueToken(@Parameter(hidden = true) Authentication authentication) {
		if (!(authentication.getDetails() instanceof ScopedCaller caller)) {
			throw ProblemException.invalidField("Authorization",
					"send an API key as 'Authorization: Bearer sage_...' or 'X-API-Key'");
		}
		return this.tokens.issue(caller);
	}

	@PostMapping(path = "/refresh", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Refresh tokens",
			description = "Uses up the refresh token and answers a new access token and refresh token.")
	@ApiResponse(responseCode = "200", description = "The new tokens")
	@ApiResponse(responseCode = "401",
			description = "The refresh token is unknown, used, expired, or its key no longer works "
					+ "(code invalid-refresh-token)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	IssuedTokens refreshToken(@Valid @RequestBody RefreshRequest body) {
		return this.tokens.refresh(body.refreshToken())
			.orElseThrow(() -> new ProblemException(IdentityProblems.INVALID_REFRESH_TOKEN,
					"The refresh token is unknown, used already or expired, or its API key no longer works."));
	}

	@PostMapping(path = "/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Revoke a refresh token",
			description = "The refresh token stops working; access tokens already issued run out within 15 minutes "
					+ "(revoke the API key to end them at once). Unknown tokens answer the same.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	ResponseEntity<Void> revokeToken(@Valid @RequestBody RefreshRequest body) {
		this.tokens.revoke(body.refreshToken());
		return ResponseEntity.noContent().build();
	}

	/**
	 * @param refreshToken the refresh token, {@code sagert_...}
	 */
	@Schema(name = "RefreshRequest")
	record RefreshRequest(@Schema(accessMode = Schema.AccessMode.WRITE_ONLY,
			format = "password") @NotNull @Size(max = 200) String refreshToken) {

		@Override
		public String toString() {
			return "RefreshRequest[refreshToken=******]";
		}

	}

}
