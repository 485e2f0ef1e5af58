package sage.server.identity.api;

import java.time.Instant;
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
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.IdentityProblems;
import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.EmailAddress;
import sage.server.platform.ProblemException;

/**
 * Accounts as staff see them: SUPPORT reads them with personal data masked
 * ({@code j***@example.com}), ADMIN in full and may change roles and tiers. The security
 * configuration admits only those roles to {@code /api/v1/accounts/**}.
 */
@RestController
@RequestMapping(path = "/api/v1/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "403", description = "Not SUPPORT or ADMIN (code access-denied)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
@ApiResponse(responseCode = "404", description = "No such account (code account-not-found)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class StaffController {

	private final Accounts accounts;

	StaffController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get an account (staff)",
			description = "SUPPORT sees the email and name masked; ADMIN sees them in full.")
	@ApiResponse(responseCode = "200", description = "The account")
	AccountView getAccount(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id) {
		return AccountView.of(this.accounts.find(id), staff.role());
	}

	@GetMapping
	@Operation(summary = "Find an account by email (staff)",
			description = "An exact match on the normalised email, through its blind index.")
	@ApiResponse(responseCode = "200", description = "The account")
	AccountView findAccount(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@Parameter(example = "jane@example.com") @RequestParam("email") @Size(max = 320) String email) {
		if (!EmailAddress.isValid(email)) {
			throw ProblemException.invalidField("email", EmailAddress.MESSAGE);
		}
		Account account = this.accounts.findByEmail(EmailAddress.of(email))
			.orElseThrow(() -> new ProblemException(IdentityProblems.ACCOUNT_NOT_FOUND, "No account has this email."));
		return AccountView.of(account, staff.role());
	}

	@PutMapping(path = "/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an account's role and tier (ADMIN)",
			description = "Takes effect at the account's next sign-in; a running session keeps its role until it ends.")
	@ApiResponse(responseCode = "200", description = "The account as stored")
	AccountView changeRole(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id, @Valid @RequestBody RoleChange body) {
		if (staff.role() != Role.ADMIN) {
			throw new ProblemException(IdentityProblems.ACCESS_DENIED, "Only an administrator changes roles.");
		}
		return AccountView.of(this.accounts.changeRole(id, body.role(), body.tier(), staff.id()), staff.role());
	}

	/**
	 * @param role the new role
	 * @param tier the new tier
	 */
	@Schema(name = "RoleChange")
	record RoleChange(@NotNull Role role, @NotNull Tier tier) {
	}

	/**
	 * An account as staff see it.
	 *
	 * @param id the account id
	 * @param email masked for SUPPORT ({@code j***@example.com})
	 * @param displayName masked for SUPPORT ({@code J***})
	 * @param role what the account may do
	 * @param tier its plan
	 * @param emailVerified whether the email was confirmed
	 * @param locked whether sign-in is locked after failures (as of the last attempt)
	 * @param createdAt when it was created
	 */
	@Schema(name = "StaffAccountView")
	record AccountView(UUID id, @Schema(example = "j***@example.com") String email,
			@Schema(example = "J***") @Nullable String displayName, Role role, Tier tier, boolean emailVerified,
			boolean locked, Instant createdAt) {

		static AccountView of(Account account, Role viewer) {
			boolean masked = viewer != Role.ADMIN;
			String name = account.displayName();
			if (masked && name != null) {
				name = name.codePoints()
					.limit(1)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
			}
			return new AccountView(account.id(), masked ? account.email().masked() : account.email().value(), name,
					account.role(), account.tier(), account.emailVerified(), account.lockout().lockedUntil() != null,
					account.createdAt());
		}

	}

}
