package sage.server.identity.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import sage.server.identity.SignedInUser;
import sage.server.identity.account.Accounts;

/**
 * Ends a cookie session whose account an administrator locked, whose sessions were ended
 * (force sign-out, a role change, a password reset) after it signed in, or that no longer
 * exists. The account's row says so, and every node reads it on each request of a
 * signed-in session (one lookup by primary key), so an ended session stops on every node
 * at once. The request goes on as anonymous: what needs a signed-in user answers 401.
 */
final class RevokedSessions extends OncePerRequestFilter {

	private final Accounts accounts;

	private final Sessions sessions;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	RevokedSessions(Accounts accounts, Sessions sessions) {
		this.accounts = accounts;
		this.sessions = sessions;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = this.holder.getContext().getAuthentication();
		// a session's sign-in; keys and tokens (ScopedAuthentication) are checked when
		// they are authenticated
		if (authentication instanceof UsernamePasswordAuthenticationToken && authentication.isAuthenticated()
				&& authentication.getPrincipal() instanceof SignedInUser user
				&& !this.accounts.sessionMayContinue(user.id(), this.sessions.signedInAt(request))) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			this.holder.clearContext();
		}
		chain.doFilter(request, response);
	}

}
