package sage.server.identity.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
 */
public class Sessions {

	private final SecurityContextRepository contexts;

	private final CsrfTokenRepository csrfTokens;

	private final String sessionCookie;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final ChangeSessionIdAuthenticationStrategy fixation = new ChangeSessionIdAuthenticationStrategy();

	private final CsrfAuthenticationStrategy csrfRotation;

	Sessions(SecurityContextRepository contexts, CsrfTokenRepository csrfTokens, String sessionCookie) {
		this.contexts = contexts;
		this.csrfTokens = csrfTokens;
		this.sessionCookie = sessionCookie;
		this.csrfRotation = new CsrfAuthenticationStrategy(csrfTokens);
	}

	/** Signs {@code user} in on this request's session (a new id, a new CSRF token). */
	public void start(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(user, null,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		// the id of a session the request came with changes; without one, a new session
		// is made
		this.fixation.onAuthentication(authentication, request, response);
		request.getSession(true);
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
	 * Ends the session of this request, if any, and clears the session and CSRF cookies.
	 */
	public void end(HttpServletRequest request, HttpServletResponse response) {
		@Nullable Authentication authentication = this.holder.getContext().getAuthentication();
		new SecurityContextLogoutHandler().logout(request, response, authentication);
		new CsrfLogoutHandler(this.csrfTokens).logout(request, response, authentication);
		new CookieClearingLogoutHandler(this.sessionCookie).logout(request, response, authentication);
	}

}
