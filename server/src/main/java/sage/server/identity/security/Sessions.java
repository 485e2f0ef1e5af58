package sage.server.identity.security;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.CsrfLogoutHandler;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;

import sage.server.identity.SignedInUser;

/**
 * Starts and ends cookie sessions. Sign-in rotates the session id (Spring's session
 * fixation protection: a session that existed before keeps its attributes under a new id)
 * and the CSRF token; sign-out invalidates the session and clears both cookies.
 *
 * <p>
 * An account with two-factor authentication signs in in two steps: the right password
 * starts a <em>pending</em> session that is not signed in at all (it holds only the
 * account id and an expiry, {@link #PENDING_SIGN_IN} away), and the right second factor
 * turns it into a signed-in one, rotating the id again.
 */
public class Sessions {

	/** How long a sign-in waits for its second factor. */
	public static final Duration PENDING_SIGN_IN = Duration.ofMinutes(5);

	/** The authority of a session that may only enrol a second factor. */
	static final String SECOND_FACTOR_REQUIRED = "SECOND_FACTOR_REQUIRED";

	private static final String PENDING_ATTRIBUTE = Sessions.class.getName() + ".pending";

	private static final String SIGNED_IN_AT_ATTRIBUTE = Sessions.class.getName() + ".signedInAt";

	/**
	 * A sign-in waiting for its second factor.
	 *
	 * @param accountId whose password was right
	 * @param expiresAt when the second factor is no longer taken
	 */
	record Pending(UUID accountId, Instant expiresAt) implements Serializable {
	}

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private final String sessionCookie;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

	private final CsrfAuthenticationStrategy csrfRotation;

	private final Clock clock;

	Sessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, String sessionCookie, Clock clock) {
		this.contexts = contexts;
		this.clock = clock;
		this.csrfTokens = csrfTokens;
		this.sessionCookie = sessionCookie;
		this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
	}

	/**
	 * Signs {@code user} in on this request's session (a new id, a new CSRF token). A
	 * user who {@linkplain SignedInUser#mustEnrolSecondFactor() must enrol a second
	 * factor} gets no role: only enrolment, the session and sign-out are open to them.
	 */
	public void start(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		String authority = user.mustEnrolSecondFactor() ? SECOND_FACTOR_REQUIRED : "ROLE_" + user.role().name();
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority(authority)));
		// the id of a session the request came with changes; without one, a new session
		// is made
		this.fixation.onAuthentication(authentication, request, response);
		HttpSession session = request.getSession(true);
		session.removeAttribute(PENDING_ATTRIBUTE);
		// in microseconds, as the account's "sessions valid after" is stored
		session.setAttribute(SIGNED_IN_AT_ATTRIBUTE, this.clock.instant().truncatedTo(ChronoUnit.MICROS));
		this.csrfRotation.onAuthentication(authentication, request, response);
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(authentication);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
		// the SPA reads the new token from the XSRF-TOKEN cookie, written when first
		// loaded
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
	}

	/**
	 * Starts a sign-in that waits for its second factor: a new session id and CSRF token,
	 * no one signed in (whoever was, on this session, is not any more), and only the
	 * account id kept.
	 * @return when the second factor stops being taken
	 */
	public Instant startPending(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
		Authentication pending = UsernamePasswordAuthenticationToken.unauthenticated(accountId, null);
		HttpSession existing = request.getSession(false);
		if (existing != null) {
			request.changeSessionId();
		}
		HttpSession session = request.getSession(true);
		this.csrfRotation.onAuthentication(pending, request, response);
		SecurityContext empty = this.holder.createEmptyContext();
		this.holder.setContext(empty);
		this.contexts.saveContext(empty, request, response);
		Instant expiresAt = this.clock.instant().plus(PENDING_SIGN_IN);
		session.setAttribute(PENDING_ATTRIBUTE, new Pending(accountId, expiresAt));
		if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			token.getToken();
		}
		return expiresAt;
	}

	/** The account whose sign-in waits for a second factor on this session, if any. */
	public Optional<UUID> pendingSignIn(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(PENDING_ATTRIBUTE) instanceof Pending pending) {
			if (this.clock.instant().isBefore(pending.expiresAt())) {
				return Optional.of(pending.accountId());
			}
			session.removeAttribute(PENDING_ATTRIBUTE);
		}
		return Optional.empty();
	}

	/**
	 * When the session of this request signed its user in; the epoch for a session that
	 * does not say (one started before this was kept), which any ending of sessions ends.
	 */
	public Instant signedInAt(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session != null && session.getAttribute(SIGNED_IN_AT_ATTRIBUTE) instanceof Instant at) {
			return at;
		}
		return Instant.EPOCH;
	}

	/**
	 * Ends the session of this request, if any, and clears the session and CSRF cookies.
	 */
	public void end(HttpServletRequest request, HttpServletResponse response) {
		@Nullable Authentication authentication = this.holder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		new CsrfLogoutHandler(this.csrfTokens).logout(request, response, authentication);
		new CookieClearingLogoutHandler(this.sessionCookie).logout(request, response, authentication);
	}

}
