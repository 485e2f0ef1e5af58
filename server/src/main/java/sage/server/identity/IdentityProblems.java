package sage.server.identity;

import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpStatus;

import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/** Problems the identity API answers with; each code is documented in docs/errors.md. */
public final class IdentityProblems {

	/** The endpoint needs a signed-in user and the request has no (valid) session. */
	public static final ProblemType UNAUTHENTICATED = new ProblemType("unauthenticated", HttpStatus.UNAUTHORIZED,
			"Sign-in required");

	/** The signed-in user's role does not allow this. */
	public static final ProblemType ACCESS_DENIED = new ProblemType("access-denied", HttpStatus.FORBIDDEN,
			"Access denied");

	/**
	 * A state-changing request carried the session cookie without the matching
	 * {@code X-XSRF-TOKEN} header.
	 */
	public static final ProblemType CSRF_REJECTED = new ProblemType("csrf-rejected", HttpStatus.FORBIDDEN,
			"Missing or invalid CSRF token");

	/** Wrong email or password; which of the two is never said. */
	public static final ProblemType INVALID_CREDENTIALS = new ProblemType("invalid-credentials",
			HttpStatus.UNAUTHORIZED, "Invalid email or password");

	/**
	 * Too many failed sign-ins for this email; retry after {@code Retry-After} seconds.
	 */
	public static final ProblemType SIGN_IN_LOCKED = new ProblemType("sign-in-locked", HttpStatus.TOO_MANY_REQUESTS,
			"Sign-in locked");

	/** An account with this email exists already. */
	public static final ProblemType EMAIL_TAKEN = new ProblemType("email-taken", HttpStatus.CONFLICT,
			"Email already registered");

	/** The setup token is wrong, used or expired, or an administrator exists already. */
	public static final ProblemType INVALID_SETUP_TOKEN = new ProblemType("invalid-setup-token", HttpStatus.FORBIDDEN,
			"Invalid setup token");

	/**
	 * No watchlist of the signed-in user has this id (another user's list answers this
	 * too).
	 */
	public static final ProblemType WATCHLIST_NOT_FOUND = new ProblemType("watchlist-not-found", HttpStatus.NOT_FOUND,
			"Watchlist not found");

	/** The watchlist does not hold this symbol. */
	public static final ProblemType SYMBOL_NOT_WATCHED = new ProblemType("symbol-not-watched", HttpStatus.NOT_FOUND,
			"Symbol not in the watchlist");

	/** Another watchlist of the user has this name already. */
	public static final ProblemType WATCHLIST_NAME_TAKEN = new ProblemType("watchlist-name-taken", HttpStatus.CONFLICT,
			"Watchlist name taken");

	/** The user has as many watchlists, or the list as many symbols, as allowed. */
	public static final ProblemType WATCHLIST_LIMIT = new ProblemType("watchlist-limit", HttpStatus.CONFLICT,
			"Watchlist limit reached");

	/** No account has this id (staff endpoints only). */
	public static final ProblemType ACCOUNT_NOT_FOUND = new ProblemType("account-not-found", HttpStatus.NOT_FOUND,
			"Account not found");

	/**
	 * No secret of the signed-in user has this id (another user's secret answers this
	 * too).
	 */
	public static final ProblemType SECRET_NOT_FOUND = new ProblemType("secret-not-found", HttpStatus.NOT_FOUND,
			"Secret not found");

	/** The user has as many secrets in the vault as allowed. */
	public static final ProblemType SECRET_LIMIT = new ProblemType("secret-limit", HttpStatus.CONFLICT,
			"Secret limit reached");

	/**
	 * An administrator's session has no second factor yet: only enrolment
	 * ({@code /api/v1/users/2fa/*}), the session and sign-out are open to it.
	 */
	public static final ProblemType SECOND_FACTOR_REQUIRED = new ProblemType("second-factor-required",
			HttpStatus.FORBIDDEN, "Second factor required");

	/** The TOTP or recovery code is wrong, was used already, or is out of its window. */
	public static final ProblemType INVALID_SECOND_FACTOR = new ProblemType("invalid-second-factor",
			HttpStatus.UNAUTHORIZED, "Invalid second factor");

	/**
	 * {@code POST /api/v1/auth/login/2fa} without a sign-in waiting for its second factor
	 * on this session (none started, or the 5 minutes ran out).
	 */
	public static final ProblemType NO_PENDING_SIGN_IN = new ProblemType("no-pending-sign-in", HttpStatus.UNAUTHORIZED,
			"No sign-in awaits a second factor");

	/** Two-factor authentication is on already; turn it off first to enrol anew. */
	public static final ProblemType TWO_FACTOR_ENABLED = new ProblemType("two-factor-enabled", HttpStatus.CONFLICT,
			"Two-factor authentication already enabled");

	/** Two-factor authentication is off (or set-up was never started). */
	public static final ProblemType TWO_FACTOR_NOT_ENABLED = new ProblemType("two-factor-not-enabled",
			HttpStatus.CONFLICT, "Two-factor authentication not enabled");

	/** Administrators must keep two-factor authentication. */
	public static final ProblemType TWO_FACTOR_MANDATORY = new ProblemType("two-factor-mandatory", HttpStatus.FORBIDDEN,
			"Two-factor authentication is mandatory");

	/**
	 * The API key or bearer token is unknown, malformed, expired, revoked or replaced by
	 * a rotation.
	 */
	public static final ProblemType INVALID_API_KEY = new ProblemType("invalid-api-key", HttpStatus.UNAUTHORIZED,
			"Invalid API key or token");

	/**
	 * The refresh token is unknown, used already, expired, or its API key no longer
	 * works.
	 */
	public static final ProblemType INVALID_REFRESH_TOKEN = new ProblemType("invalid-refresh-token",
			HttpStatus.UNAUTHORIZED, "Invalid refresh token");

	/** The API key's scopes do not include the one this endpoint needs. */
	public static final ProblemType INSUFFICIENT_SCOPE = new ProblemType("insufficient-scope", HttpStatus.FORBIDDEN,
			"Insufficient scope");

	/**
	 * A key asked for a scope the account's role does not allow ({@code admin} for a
	 * non-ADMIN).
	 */
	public static final ProblemType SCOPE_NOT_ALLOWED = new ProblemType("scope-not-allowed", HttpStatus.FORBIDDEN,
			"Scope not allowed");

	/**
	 * No API key of the signed-in user has this id (another user's key answers this too).
	 */
	public static final ProblemType API_KEY_NOT_FOUND = new ProblemType("api-key-not-found", HttpStatus.NOT_FOUND,
			"API key not found");

	/** The user has as many API keys as allowed. */
	public static final ProblemType API_KEY_LIMIT = new ProblemType("api-key-limit", HttpStatus.CONFLICT,
			"API key limit reached");

	/**
	 * This server sends no email ({@code spring.mail.host} is not set): verification and
	 * password-reset emails are unavailable.
	 */
	public static final ProblemType MAIL_NOT_CONFIGURED = new ProblemType("mail-not-configured",
			HttpStatus.SERVICE_UNAVAILABLE, "Email is not configured");

	/**
	 * The emailed verification or reset token is unknown, used already, replaced by a
	 * newer one, or expired.
	 */
	public static final ProblemType INVALID_TOKEN = new ProblemType("invalid-token", HttpStatus.BAD_REQUEST,
			"Invalid or expired token");

	/** The account's email is verified already. */
	public static final ProblemType EMAIL_ALREADY_VERIFIED = new ProblemType("email-already-verified",
			HttpStatus.CONFLICT, "Email already verified");

	/**
	 * Sign-in through an OpenID Connect provider did not complete: refused or cancelled
	 * at the provider, a state that does not match this browser's sign-in (tampered,
	 * replayed or expired), a token that failed its checks, or a provider that is not
	 * configured or unreachable. Sent as {@code /sign-in?error=oidc-sign-in-failed}.
	 */
	public static final ProblemType OIDC_SIGN_IN_FAILED = new ProblemType("oidc-sign-in-failed",
			HttpStatus.UNAUTHORIZED, "Sign-in with the provider failed");

	/**
	 * The provider signed someone in whose email it does not say it verified, and no Sage
	 * account is linked to them: Sage neither links nor creates an account on an
	 * unverified email. Sent as {@code /sign-in?error=oidc-email-not-verified}.
	 */
	public static final ProblemType OIDC_EMAIL_NOT_VERIFIED = new ProblemType("oidc-email-not-verified",
			HttpStatus.FORBIDDEN, "Email not verified by the provider");

	/**
	 * An administrator locked this account: sign-in, sessions and API keys are refused
	 * until an administrator unlocks it. Said only after a right password (or provider
	 * sign-in), so it tells nothing about which emails have accounts.
	 */
	public static final ProblemType ACCOUNT_LOCKED = new ProblemType("account-locked", HttpStatus.FORBIDDEN,
			"Account locked");

	/**
	 * An administrator may not lock, or change the role of, their own account: another
	 * administrator has to, so that no one locks themselves (or the last administrator)
	 * out.
	 */
	public static final ProblemType OWN_ACCOUNT = new ProblemType("own-account", HttpStatus.CONFLICT,
			"Not on your own account");

	private IdentityProblems() {
	}

	/** The answer to a wrong email or password. */
	public static ProblemException invalidCredentials() {
		return new ProblemException(INVALID_CREDENTIALS, "The email or the password is wrong.");
	}

	/** The answer while sign-in is locked, with the seconds to wait. */
	public static ProblemException signInLocked(Duration remaining) {
		long seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
		return new ProblemException(SIGN_IN_LOCKED, "Too many failed sign-ins. Try again in " + seconds + " seconds.",
				java.util.List.of(), Map.of(ProblemException.RETRY_AFTER_SECONDS, seconds));
	}

	/** The answer to a right password for a locked account. */
	public static ProblemException accountLocked() {
		return new ProblemException(ACCOUNT_LOCKED,
				"An administrator locked this account; ask an administrator to unlock it.");
	}

	/** The answer to a wrong, replayed or expired second factor. */
	public static ProblemException invalidSecondFactor() {
		return new ProblemException(INVALID_SECOND_FACTOR,
				"The code is wrong, was used already or has expired; enter the current code from the authenticator "
						+ "app or an unused recovery code.");
	}

	/** The answer when an email would be sent and this server sends none. */
	public static ProblemException mailNotConfigured() {
		return new ProblemException(MAIL_NOT_CONFIGURED,
				"This server sends no email: its operator has not configured SMTP (spring.mail.host).");
	}

	/** The answer to an emailed token that does not work (which reason is not said). */
	public static ProblemException invalidToken() {
		return new ProblemException(INVALID_TOKEN,
				"The link is wrong, was used already, was replaced by a newer one, or has expired; ask for a new one.");
	}

	/** The answer to a watchlist id the user does not own (or that does not exist). */
	public static ProblemException watchlistNotFound(Object id) {
		return new ProblemException(WATCHLIST_NOT_FOUND, "You have no watchlist with the id '" + id + "'.");
	}

}
