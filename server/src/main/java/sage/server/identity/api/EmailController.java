package sage.server.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.identity.email.EmailVerification;
import sage.server.identity.email.PasswordReset;

/**
 * Email verification and password reset by one-time links sent over SMTP. The links open
 * the web app ({@code /verify-email?token=...}, {@code /reset-password?token=...}), which
 * posts the token here. Tokens are 256 random bits, kept only as their SHA-256, and work
 * once.
 */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request; errors names each field)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class EmailController {

	private final EmailVerification verification;

	private final PasswordReset reset;

	EmailController(EmailVerification verification, PasswordReset reset) {
		this.verification = verification;
		this.reset = reset;
	}

	@PostMapping("/email-verification")
	@Operation(summary = "Send the verification email",
			description = "Emails the signed-in user a link that confirms the address, good once for 24 hours. "
					+ "Registration sends one already when the server sends email; this sends another (earlier "
					+ "links keep working until used or expired).")
	@ApiResponse(responseCode = "202", description = "The email is on its way")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "The email is verified already (code email-already-verified)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "503", description = "This server sends no email (code mail-not-configured)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> sendVerification(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		this.verification.resend(user.id());
		return ResponseEntity.accepted().build();
	}

	@PostMapping(path = "/email-verification/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Confirm the email",
			description = "Marks the account of the emailed token verified. Needs no session: the link may be "
					+ "opened in another browser. A token works once.")
	@ApiResponse(responseCode = "204", description = "Verified")
	@ApiResponse(responseCode = "400",
			description = "The token is unknown, used or expired (code invalid-token), or the body is invalid "
					+ "(code invalid-request)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> confirmVerification(@Valid @RequestBody EmailRequests.ConfirmVerification body) {
		this.verification.confirm(body.token());
		return ResponseEntity.noContent().build();
	}

	@PostMapping(path = "/password-reset", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Ask for a password reset",
			description = "Emails a reset link, good once for 30 minutes, if an account has this email; asking "
					+ "again voids the earlier links. The answer is 202 whatever the email, so that it does not "
					+ "tell which emails have accounts. Limited with sign-in (10 a minute per address).")
	@ApiResponse(responseCode = "202", description = "Accepted; an email is on its way if the account exists")
	@ApiResponse(responseCode = "503", description = "This server sends no email (code mail-not-configured)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> requestReset(@Valid @RequestBody EmailRequests.RequestReset body) {
		this.reset.request(body.email());
		return ResponseEntity.accepted().build();
	}

	@PostMapping(path = "/password-reset/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Reset the password",
			description = "Sets a new password with the token of the latest reset email, clears the sign-in "
					+ "lockout and marks the email verified. The password rules are registration's (12 to 128 "
					+ "characters, not a common or breached password); a refused password leaves the token "
					+ "working. Two-factor authentication, if on, stays on. Sessions are not started: sign in "
					+ "with the new password.")
	@ApiResponse(responseCode = "204", description = "The password is replaced")
	@ApiResponse(responseCode = "400",
			description = "The token is unknown, used, replaced or expired (code invalid-token), or the password "
					+ "is refused (code invalid-request, errors names each reason)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> confirmReset(@Valid @RequestBody EmailRequests.ConfirmReset body) {
		this.reset.confirm(body.token(), body.password());
		return ResponseEntity.noContent().build();
	}

}
