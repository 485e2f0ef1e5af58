package sage.server.identity.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.MaskedSecret;
import sage.server.identity.SecretKind;
import sage.server.identity.SecretVault;
import sage.server.identity.SignedInUser;

/**
 * The signed-in user's secrets vault: store, list and delete exchange and LLM keys. A
 * value goes in and never comes back out over HTTP: answers show at most its last four
 * characters. Another user's secret answers 404, as if it did not exist.
 */
@RestController
@RequestMapping(path = "/api/v1/users/secrets", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Secrets", description = "Exchange and LLM API keys, encrypted at rest and never returned")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class SecretController {

	private final SecretVault vault;

	SecretController(SecretVault vault) {
		this.vault = vault;
	}

	@GetMapping
	@Operation(summary = "List secrets",
			description = "The user's secrets, oldest first: kind, label, the last four characters (for values of "
					+ "16 characters or more), when stored and last used. Never the value.")
	@ApiResponse(responseCode = "200", description = "The secrets, masked")
	SecretList listSecrets(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new SecretList(this.vault.list(user.id()));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Store a secret",
			description = "Encrypts the value under its own data key (AES-256-GCM), wrapped by the vault key. "
					+ "Surrounding whitespace is dropped. The answer shows the secret masked; the value cannot be "
					+ "read back, only replaced (store a new one and delete the old).")
	@ApiResponse(responseCode = "201", description = "Stored; the masked secret, Location points at it")
	@ApiResponse(responseCode = "400",
			description = "Invalid kind, label or value (code invalid-request; errors names each field, never the "
					+ "value)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The user has 100 secrets (code secret-limit)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<MaskedSecret> storeSecret(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody SecretRequest body) {
		MaskedSecret stored = this.vault.store(user.id(), body.kind(), body.label(), body.value());
		return ResponseEntity.created(URI.create("/api/v1/users/secrets/" + stored.id())).body(stored);
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get a secret, masked", description = "Never the value; at most its last four characters.")
	@ApiResponse(responseCode = "200", description = "The masked secret")
	@ApiResponse(responseCode = "404", description = "No such secret of this user (code secret-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	MaskedSecret getSecret(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		return this.vault.get(user.id(), id);
	}

	@DeleteMapping("/{id}")
	@Operation(summary = "Delete a secret", description = "Deletes the value and its data key for good.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	@ApiResponse(responseCode = "404", description = "No such secret of this user (code secret-not-found)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> deleteSecret(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@PathVariable("id") UUID id) {
		this.vault.delete(user.id(), id);
		return ResponseEntity.noContent().build();
	}

	/**
	 * A secret to store. Its string form hides the value, so that no log line, debugger
	 * or validation message built from the request shows it.
	 *
	 * @param kind what it is for
	 * @param label the user's name for it, 1-64 characters
	 * @param value the secret itself, 8-8192 characters; write-only
	 */
	@Schema(name = "SecretRequest")
	record SecretRequest(@Schema(example = "EXCHANGE_API_KEY") @NotNull SecretKind kind,
			@Schema(example = "Binance main") @NotNull @Size(max = 200) String label,
			@Schema(example = "example-only-kf8Q2nV7mLp0x9Qz", accessMode = Schema.AccessMode.WRITE_ONLY,
					format = "password") @NotNull @Size(max = SecretVault.MAX_LENGTH + 100) String value) {

		@Override
		public String toString() {
			return "SecretRequest[kind=" + this.kind + ", label=" + this.label + ", value=******]";
		}

	}

	/**
	 * @param items the secrets, masked, oldest first
	 */
	@Schema(name = "SecretList")
	record SecretList(List<MaskedSecret> items) {
	}

}
