package sage.server.identity.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.IdentityProblems;
import sage.server.identity.Role;
import sage.server.identity.SignedInUser;
import sage.server.identity.Tier;
import sage.server.identity.account.Account;
import sage.server.identity.account.AccountPage;
import sage.server.identity.account.AccountSearch;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.EmailAddress;
import sage.server.platform.ProblemException;

/**
 * Accounts as staff see them: SUPPORT reads them with personal data masked
 * ({@code j***@example.com}), ADMIN in full and may change roles and tiers, lock and
 * unlock accounts and sign them out everywhere. Every read of personal data is audited.
 * The access table admits only those roles to {@code /api/v1/accounts/**}.
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
			description = "SUPPORT sees the email and name masked; ADMIN sees them in full. The read is audited "
					+ "(user.pii-read).")
	@ApiResponse(responseCode = "200", description = "The account")
	AccountView getAccount(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id) {
		Account account = this.accounts.find(id);
		this.accounts.personalDataRead(staff.id(), List.of(account.id()), masked(staff));
		return AccountView.of(account, staff.role());
	}

	@GetMapping
	@Operation(summary = "List and search accounts (staff)",
			description = "Newest first. Every filter is optional. Emails are stored encrypted, so `email` matches "
					+ "only exactly (through its blind index), never a part. SUPPORT sees emails and names masked. "
					+ "The read is audited (user.pii-read, naming the accounts shown).")
	@ApiResponse(responseCode = "200", description = "One page of accounts")
	@ApiResponse(responseCode = "400", description = "A filter or the paging is invalid (code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AccountPageView listAccounts(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@Parameter(description = "The exact email", example = "jane@example.com") @RequestParam(name = "email",
					required = false) @Size(max = 320) @Nullable String email,
			@Parameter(description = "Only this role", example = "USER") @RequestParam(name = "role",
					required = false) @Nullable Role role,
			@Parameter(description = "Only this tier", example = "PRO") @RequestParam(name = "tier",
					required = false) @Nullable Tier tier,
			@Parameter(description = "Only accounts an administrator locked (true) or did not (false)",
					example = "true") @RequestParam(name = "locked", required = false) @Nullable Boolean locked,
			@Parameter(description = "Page number, from 0", example = "0") @RequestParam(name = "page",
					defaultValue = "0") @Min(0) @Max(1_000_000) int page,
			@Parameter(description = "Accounts per page", example = "25") @RequestParam(name = "size",
					defaultValue = "25") @Min(1) @Max(100) int size) {
		EmailAddress address = null;
		if (email != null && !email.isBlank()) {
			if (!EmailAddress.isValid(email)) {
				throw ProblemException.invalidField("email", EmailAddress.MESSAGE);
			}
			address = EmailAddress.of(email);
		}
		AccountPage found = this.accounts.search(new AccountSearch(address, role, tier, locked), page, size);
		this.accounts.personalDataRead(staff.id(), found.accounts().stream().map(Account::id).toList(), masked(staff));
		return new AccountPageView(found.accounts().stream().map((a) -> AccountView.of(a, staff.role())).toList(),
				found.page(), found.size(), found.total());
	}

	@PutMapping(path = "/{id}/role", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Change an account's role and tier (ADMIN)",
			description = "Ends the account's sessions, so the new role applies from its next sign-in; its API keys "
					+ "act with the new role at once. Not on one's own account (409 own-account).")
	@ApiResponse(responseCode = "200", description = "The account as stored")
	@ApiResponse(responseCode = "409", description = "One's own account (code own-account)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AccountView changeRole(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id, @Valid @RequestBody RoleChange body) {
		requireAdministrator(staff, "changes roles");
		return AccountView.of(this.accounts.changeRole(id, body.role(), body.tier(), staff.id()), staff.role());
	}

	@PutMapping("/{id}/lock")
	@Operation(summary = "Lock an account (ADMIN)",
			description = "Its sessions end at their next request on every node, its API keys and their tokens stop "
					+ "working, and sign-in answers 403 account-locked until an administrator unlocks it. Locking "
					+ "a locked account changes nothing. Not on one's own account (409 own-account).")
	@ApiResponse(responseCode = "200", description = "The account, locked")
	@ApiResponse(responseCode = "409", description = "One's own account (code own-account)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	AccountView lock(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id) {
		requireAdministrator(staff, "locks accounts");
		return AccountView.of(this.accounts.lock(id, staff.id()), staff.role());
	}

	@DeleteMapping("/{id}/lock")
	@Operation(summary = "Unlock an account (ADMIN)",
			description = "Lifts an administrator's lock and clears failed sign-ins. Unlocking an account that is "
					+ "not locked changes nothing.")
	@ApiResponse(responseCode = "200", description = "The account, unlocked")
	AccountView unlock(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id) {
		requireAdministrator(staff, "unlocks accounts");
		return AccountView.of(this.accounts.unlock(id, staff.id()), staff.role());
	}

	@DeleteMapping("/{id}/sessions")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Sign an account out everywhere (ADMIN)",
			description = "Every session of the account ends at its next request, on every node. API keys are not "
					+ "sessions and keep working: lock the account to stop them too.")
	@ApiResponse(responseCode = "204", description = "Its sessions are ended")
	void endSessions(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser staff,
			@PathVariable("id") UUID id) {
		requireAdministrator(staff, "signs accounts out");
		this.accounts.endSessions(id, staff.id());
	}

	private static boolean masked(SignedInUser staff) {
		return staff.role() != Role.ADMIN;
	}

	// the access table admits only ADMIN here already; this keeps the rule beside the
	// code
	private static void requireAdministrator(SignedInUser staff, String what) {
		if (staff.role() != Role.ADMIN) {
			throw new ProblemException(IdentityProblems.ACCESS_DENIED, "Only an administrator " + what + ".");
		}
	}

	/**
	 * One page of accounts.
	 *
	 * @param items the accounts, newest first
	 * @param page the page, from 0
	 * @param size most accounts per page
	 * @param total accounts that match the filters
	 */
	@Schema(name = "StaffAccountPage", description = "One page of accounts, newest first")
	record AccountPageView(List<AccountView> items, @Schema(example = "0") int page, @Schema(example = "25") int size,
			@Schema(example = "132") long total) {
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
	 * @param locked whether an administrator locked it
	 * @param lockedAt when an administrator locked it
	 * @param signInLockedUntil until when sign-in is refused after repeated failures (as
	 * of the last attempt)
	 * @param createdAt when it was created
	 */
	@Schema(name = "StaffAccountView")
	record AccountView(UUID id, @Schema(example = "j***@example.com") String email,
			@Schema(example = "J***") @Nullable String displayName, Role role, Tier tier, boolean emailVerified,
			@Schema(description = "Locked by an administrator") boolean locked, @Nullable Instant lockedAt,
			@Schema(description = "Sign-in refused until then after repeated failures") @Nullable Instant signInLockedUntil,
			Instant createdAt) {

		static AccountView of(Account account, Role viewer) {
			boolean masked = viewer != Role.ADMIN;
			String name = account.displayName();
			if (masked && name != null) {
				name = name.codePoints()
					.limit(1)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + "***";
			}
			return new AccountView(account.id(), masked ? account.email().masked() : account.email().value(), name,
					account.role(), account.tier(), account.emailVerified(), account.isLockedByAdministrator(),
					account.lockedAt(), account.lockout().lockedUntil(), account.createdAt());
		}

	}

}
