package sage.server.identity.api;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.ApiKey;
import sage.server.identity.ApiKeys;
import sage.server.identity.IssuedApiKey;
import sage.server.identity.Scope;
import sage.server.identity.SignedInUser;

/**
 * The signed-in user's personal API keys. A key is shown once, when created or rotated;
 * lists show everything else about it. Keys are created, rotated and revoked in a session
 * only (a key cannot mint keys). Another user's key answers 404.
 */
@RestController
@RequestMapping(path = "/api/v1/users/api-keys", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "API keys", description = "Personal API keys with scopes, shown once and stored hashed")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class ApiKeyController {

	private final ApiKeys apiKeys;

	ApiKeyController(ApiKeys apiKeys) {
		this.apiKeys = apiKeys;
	}

	@GetMapping
	@Operation(summary = "List API keys",
			description = "The user's keys, oldest first: name, scopes, created, expires, rotated and last used "
					+ "(to the minute). Never the key.")
	@ApiResponse(responseCode = "200", description = "The keys")
	ApiKeyList listApiKeys(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new ApiKeyList(this.apiKeys.list(user.id()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create an API key",
			description = "Answers the key (sage_<id>_<secret>, 256 random bits) once; only its hash is kept. "
					+ "Send it as 'Authorization: Bearer <key>' or 'X-API-Key: <key>'. The admin scope is for "
					+ "ADMIN accounts only.")
	@ApiResponse(responseCode = "201", description = "Created; the key, shown this once")
	@ApiResponse(responseCode = "400", description = "Invalid name, scopes or expiry (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "admin scope asked by a non-ADMIN (code scope-not-allowed)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The user has 20 keys (code api-key-limit)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<IssuedApiKey> createApiKey(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody ApiKeyRequest body) {
		IssuedApiKey issued = this.apiKeys.create(user, body.name(), Set.copyOf(body.scopes()), body.expiresInDays());
		return ResponseEntity.created(URI.create("/api/v1/users/api-keys/" + issued.apiKey().id())).body(issued);
	}

	@PostMapping("/{id}/rotate")
	@Operation(summary = "Rotate an API key",
			description = "Gives the key a new secret, answered once; the old key stops working at once.")
	@ApiResponse(responseCode = "200", description = "The new key, shown this once")
	@ApiResponse(responseCode = "404", description = "No such key of this user (code api-key-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	IssuedApiKey rotateApiKey(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		return this.apiKeys.rotate(user.id(), id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Revoke an API key", description = "The key stops working at once.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	@ApiResponse(responseCode = "404", description = "No such key of this user (code api-key-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> revokeApiKey(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		this.apiKeys.revoke(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A key to create.
	 *
	 * @param name the user's name for it, 1-64 characters
	 * @param scopes what it may do: read, trade, admin
	 * @param expiresInDays 1-365; 90 when left out
	 */
	@Schema(name = "ApiKeyRequest")
	record ApiKeyRequest(@Schema(example = "Nightly backtests") @NotNull @Size(max = 200) String name,
			@ArraySchema(schema = @Schema(allowableValues = {
					"read", "trade", "admin" }, example = "read")) @NotNull @Size(min = 1, max = 3) List<Scope> scopes,
			@Schema(example = "90") @Nullable Integer expiresInDays){
	}

	/**
	 * @param items the keys, oldest first
	 */
	@Schema(name = "ApiKeyList")
	record ApiKeyList(List<ApiKey> items) {
	}

}
