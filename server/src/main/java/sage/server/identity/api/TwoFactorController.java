package sage.server.identity.api;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.SignedInUser;
import sage.server.identity.security.Sessions;
import sage.server.identity.twofactor.TwoFactor;
import sage.server.identity.twofactor.TwoFactorStatus;

/**
 * Two-factor authentication of the signed-in account: enrol a TOTP authenticator app, see
 * where it stands, turn it off. Administrators must have it: until their session proves a
 * second factor, these endpoints (and the session) are all it may call.
 */
@RestController
@RequestMapping(path = "/api/v1/users/2fa", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Two-factor authentication", description = "TOTP authenticator apps and one-time recovery codes")
@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class TwoFactorController {

	private final TwoFactor twoFactor;

	private final Sessions sessions;

	TwoFactorController(TwoFactor twoFactor, Sessions sessions) {
		this.twoFactor = twoFactor;
		this.sessions = sessions;
	}

	/**
	 * A fresh secret to enrol.
	 *
	 * @param otpauthUri what the web app shows as a QR code
	 */
	@Schema(name = "TwoFactorSetup")
	record Setup(@Schema(example = "otpauth://totp/Sage%3Aj***%40example.com?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
			+ "&issuer=Sage&algorithm=SHA1&digits=6&period=30") URI otpauthUri) {

		@Override
		public String toString() {
			return "Setup[otpauthUri=******]";
		}

	}

	/**
	 * The one-time recovery codes, shown this once.
	 *
	 * @param recoveryCodes each works once in place of a code
	 */
	@Schema(name = "RecoveryCodes")
	record Confirmed(@Schema(example = "[\"k7hqp-2mzxa\", \"w4tyb-ee6rq\"]") List<String> recoveryCodes) {

		@Override
		public String toString() {
			return "Confirmed[recoveryCodes=******]";
		}

	}

	@GetMapping
	@Operation(summary = "Two-factor status",
			description = "Whether two-factor authentication is on, since when, how many recovery codes are left, "
					+ "and whether the account must have it (administrators).")
	@ApiResponse(responseCode = "200", description = "The status")
	TwoFactorStatus status(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return this.twoFactor.status(user.id());
	}

	@PostMapping("/setup")
	@Operation(summary = "Start enrolment",
			description = "A fresh TOTP secret as an otpauth:// URI (issuer Sage, labelled with the masked email) "
					+ "for the web app to show as a QR code. Nothing changes until POST /api/v1/users/2fa/confirm; "
					+ "calling this again replaces the secret.")
	@ApiResponse(responseCode = "200", description = "The URI")
	@ApiResponse(responseCode = "409",
			description = "Two-factor authentication is on already (code two-factor-enabled)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Setup setUp(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return new Setup(this.twoFactor.setUp(user.id()));
	}

	@PostMapping(path = "/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Confirm enrolment",
			description = "Turns two-factor authentication on when the code is right for the secret of the last "
					+ "set-up, and answers 10 one-time recovery codes: they are shown this once and stored only as "
					+ "hashes. This session counts as having proven a second factor from now on (its id rotates).")
	@ApiResponse(responseCode = "200", description = "Enabled; the recovery codes")
	@ApiResponse(responseCode = "401", description = "Wrong or used code (code invalid-second-factor)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409",
			description = "No set-up started (code two-factor-not-enabled) or on already (code two-factor-enabled)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	Confirmed confirm(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody AuthRequests.Confirm body, HttpServletRequest request, HttpServletResponse response) {
		List<String> codes = this.twoFactor.confirm(user.id(), body.code().strip());
		this.sessions.start(user.withSecondFactorVerified(true), request, response);
		return new Confirmed(codes);
	}

	@DeleteMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Turn two-factor authentication off",
			description = "Needs a current code or an unused recovery code. Administrators cannot turn it off.")
	@ApiResponse(responseCode = "204", description = "Off; recovery codes deleted")
	@ApiResponse(responseCode = "401", description = "Wrong or used code (code invalid-second-factor)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "403", description = "Administrators must keep it (code two-factor-mandatory)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "409", description = "It is off already (code two-factor-not-enabled)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> disable(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user,
			@Valid @RequestBody AuthRequests.SecondFactorBody body, HttpServletRequest request,
			HttpServletResponse response) {
		this.twoFactor.disable(user.id(), body.factor());
		this.sessions.start(user.withSecondFactorVerified(false), request, response);
		return ResponseEntity.noContent().build();
	}

}
