package sage.server.identity.oidc;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import sage.server.identity.AccountEvent;
import sage.server.identity.IdentityProblems;
import sage.server.identity.account.Account;
import sage.server.identity.account.Accounts;
import sage.server.identity.security.Sessions;
import sage.server.platform.ProblemException;

/**
 * Ends a provider's sign-in the way a password sign-in ends, then sends the browser back
 * to the web app:
 * <ul>
 * <li>signed in: a Sage session ({@link Sessions#start}: new session id, new CSRF token,
 * the {@code SignedInUser} principal; an administrator without a second factor may only
 * enrol) and a redirect to {@code /};</li>
 * <li>second factor needed: a pending session ({@link Sessions#startPending}) and a
 * redirect to {@code /sign-in?second-factor=required}, where the web app asks for the
 * code;</li>
 * <li>refused or failed: no session at all and a redirect to
 * {@code /sign-in?error=<code>}, the code as in docs/errors.md.</li>
 * </ul>
 * Spring Security has stored its own authentication (the provider's user) by the time
 * this runs; it is always replaced, never kept.
 */
class ProviderSessions implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	/** Where a refused sign-in goes, followed by the problem code. */
	static final String FAILED = "/sign-in?error=";

	/** Where a sign-in that needs its second factor goes. */
	static final String SECOND_FACTOR = "/sign-in?second-factor=required";

	private static final Logger log = LoggerFactory.getLogger(ProviderSessions.class);

	private final ProviderSignIns signIns;

	private final Sessions sessions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProviderSessions(ProviderSignIns signIns, Sessions sessions, ApplicationEventPublisher events, Clock clock) {
		this.signIns = signIns;
		this.sessions = sessions;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		if (!(authentication instanceof OAuth2AuthenticationToken token)
				|| !(token.getPrincipal() instanceof OidcUser user)) {
			// only OpenID Connect logins are configured; anything else is not Sage's
			refuse(request, response, "unknown", "not-openid-connect");
			return;
		}
		String provider = token.getAuthorizedClientRegistrationId();
		String next = ReturnPath.take(request);
		try {
			Accounts.SignIn signIn = this.signIns.signIn(ProviderIdentity.of(provider, user));
			Account account = signIn.account();
			if (signIn.secondFactorRequired()) {
				this.sessions.startPending(account.id(), request, response);
				redirect(request, response, SECOND_FACTOR + withNext("&", next));
			}
			else {
				this.sessions.start(account.asSignedIn(), request, response);
				redirect(request, response, (next != null) ? next : "/");
			}
		}
		catch (ProblemException ex) {
			this.sessions.end(request, response);
			redirect(request, response, FAILED + ex.problemType().code() + withNext("&", next));
		}
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		// the OAuth2 error code only (e.g. authorization_request_not_found,
		// access_denied,
		// invalid_id_token): descriptions may quote what the provider answered
		String reason = (exception instanceof OAuth2AuthenticationException oauth) ? oauth.getError().getErrorCode()
				: exception.getClass().getSimpleName();
		refuse(request, response, providerOf(request), reason);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String provider, String reason)
			throws IOException {
		log.info("Sign-in with provider '{}' failed: {}", provider, reason);
		this.events
			.publishEvent(new AccountEvent.ProviderSignInFailed(provider, "provider-error", this.clock.instant()));
		this.sessions.end(request, response);
		redirect(request, response,
				FAILED + IdentityProblems.OIDC_SIGN_IN_FAILED.code() + withNext("&", ReturnPath.take(request)));
	}

	/** The provider id in {@code /api/v1/auth/oidc/<id>[/callback]}, for the log. */
	static String providerOf(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String prefix = SignInProviders.START_PATH + "/";
		if (!path.startsWith(prefix)) {
			return "unknown";
		}
		String id = path.substring(prefix.length()).split("/", 2)[0];
		return id.matches("[a-z0-9][a-z0-9-]{0,62}") ? id : "unknown";
	}

	private static String withNext(String separator, @Nullable String next) {
		return (next != null) ? separator + "next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : "";
	}

	private static void redirect(HttpServletRequest request, HttpServletResponse response, String target)
			throws IOException {
		response.sendRedirect(request.getContextPath() + target);
	}

}
