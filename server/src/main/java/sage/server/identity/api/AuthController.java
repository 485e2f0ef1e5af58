package sage.server.identity.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import sage.server.identity.IdentityProblems;
import sage.server.identity.SignedInUser;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.identity.account.FirstAdministrator;
import sage.server.identity.email.EmailVerification;
import sage.server.identity.security.Sessions;
import sage.server.identity.twofactor.SecondFactor;
import sage.server.platform.ProblemException;

/**
 * Registration, sign-in and sign-out with a cookie session. A successful sign-in (or
 * registration, which signs in) sets the HttpOnly, SameSite=Lax session cookie with a new
 * id and an {@code XSRF-TOKEN} cookie whose value state-changing requests with the
 * session send back in {@code X-XSRF-TOKEN}.
 */
@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
@ApiResponse(responseCode = "400", description = "Invalid request (code invalid-request; errors names each field)",
		content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
				schema = @Schema(implementation = ProblemDetail.class)))
class AuthController {

	private final Accounts accounts;

	private final Sessions sessions;

	private final FirstAdministrator firstAdministrator;

	private final EmailVerification emailVerification;

	AuthController(Accounts accounts, Sessions sessions, FirstAdministrator firstAdministrator,
			EmailVerification emailVerification) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.firstAdministrator = firstAdministrator;
		this.emailVerification = emailVerification;
	}

	@PostMapping(path = "/register", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Register",
			description = "Creates a USER account on the FREE tier and signs it in. The password needs 12 to 128 "
					+ "characters and must not be on the bundled list of common and breached passwords; each refusal "
					+ "is named in the problem's errors. When the server sends email, a link that verifies the "
					+ "address goes out (see POST /api/v1/auth/email-verification).")
	@ApiResponse(responseCode = "201", description = "Created and signed in; the session cookie is set")
	@ApiResponse(responseCode = "409", description = "The email has an account already (code email-taken)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SessionResponse> register(@Valid @RequestBody AuthRequests.Register body, HttpServletRequest request,
			HttpServletResponse response) {
		Account account = this.accounts.register(body.email(), body.password(), body.displayName());
		this.emailVerification.afterSignUp(account);
		SignedInUser user = account.asSignedIn();
		this.sessions.start(user, request, response);
		return ResponseEntity.created(URI.create("/api/v1/auth/session")).body(SessionResponse.of(account, user));
	}

	@PostMapping(path = "/login", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign in",
			description = "Starts a session. After 5 failed attempts in a row for one email, sign-in is locked "
					+ "for 1 minute, doubling with each further failure up to 1 hour; unknown emails are answered "
					+ "exactly like wrong passwords. For an account with two-factor authentication the right "
					+ "password answers 202 with {\"secondFactor\":\"required\"} and a session that is not signed "
					+ "in yet: send the code within 5 minutes to POST /api/v1/auth/login/2fa on the same session. "
					+ "An administrator without two-factor authentication is signed in, but may only enrol "
					+ "(secondFactorEnrolmentRequired is true).")
	@ApiResponse(responseCode = "200", description = "Signed in; the session cookie is set with a new id",
			content = @Content(schema = @Schema(implementation = SessionResponse.class)))
	@ApiResponse(responseCode = "202",
			description = "Password right, second factor required; the session cookie and XSRF-TOKEN are set with "
					+ "new values for the second step",
			content = @Content(schema = @Schema(implementation = SecondFactorChallenge.class),
					examples = @ExampleObject(
							value = "{\"secondFactor\":\"required\",\"methods\":[\"totp\",\"recovery-code\"],"
									+ "\"expiresAt\":\"2026-05-04T09:35:00Z\"}")))
	@ApiResponse(responseCode = "401", description = "Wrong email or password (code invalid-credentials)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "Too many failures; retry after the Retry-After seconds (code sign-in-locked)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Object> login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request,
			HttpServletResponse response) {
		Accounts.SignIn signIn = this.accounts.signIn(body.email(), body.password());
		Account account = signIn.account();
		if (signIn.secondFactorRequired()) {
			Instant expiresAt = this.sessions.startPending(account.id(), request, response);
			return ResponseEntity.accepted().body(SecondFactorChallenge.required(expiresAt));
		}
		SignedInUser user = account.asSignedIn();
		this.sessions.start(user, request, response);
		return ResponseEntity.ok(SessionResponse.of(account, user));
	}

	@PostMapping(path = "/login/2fa", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Sign in: second factor",
			description = "Completes a sign-in that answered 202: send the current 6-digit code from the "
					+ "authenticator app, or one unused recovery code, on the session the password step started "
					+ "(with its X-XSRF-TOKEN). A code is accepted once, up to 30 seconds early or late. Wrong "
					+ "codes count toward the same lockout as wrong passwords. The session id rotates again.")
	@ApiResponse(responseCode = "200", description = "Signed in with two factors; the session cookie has a new id")
	@ApiResponse(responseCode = "401",
			description = "Wrong, used or expired code (code invalid-second-factor), or no sign-in waits for a "
					+ "second factor on this session (code no-pending-sign-in)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "429",
			description = "Too many failures; retry after the Retry-After seconds (code sign-in-locked)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SessionResponse completeLogin(@Valid @RequestBody AuthRequests.SecondFactorBody body, HttpServletRequest request,
			HttpServletResponse response) {
		SecondFactor factor = body.factor();
		UUID accountId = this.sessions.pendingSignIn(request)
			.orElseThrow(() -> new ProblemException(IdentityProblems.NO_PENDING_SIGN_IN,
					"No sign-in waits for a second factor on this session (or its 5 minutes ran out); "
							+ "sign in with POST /api/v1/auth/login first."));
		Account account = this.accounts.completeSignIn(accountId, factor);
		SignedInUser user = account.asSignedIn(true);
		this.sessions.start(user, request, response);
		return SessionResponse.of(account, user);
	}

	@PostMapping("/logout")
	@Operation(summary = "Sign out",
			description = "Ends the session and clears its cookies. Without a session it does nothing.")
	@ApiResponse(responseCode = "204", description = "Signed out")
	@ApiResponse(responseCode = "403",
			description = "The session cookie came without the X-XSRF-TOKEN header (code csrf-rejected)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<Void> logout(@Parameter(hidden = true) @AuthenticationPrincipal @Nullable SignedInUser user,
			HttpServletRequest request, HttpServletResponse response) {
		if (user != null) {
			this.accounts.signedOut(user.id());
		}
		this.sessions.end(request, response);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/session")
	@Operation(summary = "Who am I", description = "The signed-in account, with its own email in full.")
	@ApiResponse(responseCode = "200", description = "The signed-in account")
	@ApiResponse(responseCode = "401", description = "Not signed in (code unauthenticated)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	SessionResponse currentSession(@Parameter(hidden = true) @AuthenticationPrincipal SignedInUser user) {
		return SessionResponse.of(this.accounts.get(user.id()), user);
	}

	@PostMapping(path = "/setup", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Create the first administrator",
			description = "Exchanges the one-time setup token that the server prints at start (when no administrator "
					+ "exists and none is configured) for an ADMIN account, signed in. The token works once and "
					+ "expires (1 hour by default); a refused email or password does not use it up.")
	@ApiResponse(responseCode = "201", description = "Created and signed in")
	@ApiResponse(responseCode = "403",
			description = "Wrong, used or expired token, or an administrator exists (code invalid-setup-token)",
			content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SessionResponse> setupAdministrator(@Valid @RequestBody AuthRequests.Setup body,
			HttpServletRequest request, HttpServletResponse response) {
		Account account = this.firstAdministrator.setUp(body.token(), body.email(), body.password(),
				body.displayName());
		SignedInUser user = account.asSignedIn();
		this.sessions.start(user, request, response);
		return ResponseEntity.created(URI.create("/api/v1/auth/session")).body(SessionResponse.of(account, user));
	}

}
