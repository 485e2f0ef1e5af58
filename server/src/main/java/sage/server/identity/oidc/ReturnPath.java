package sage.server.identity.oidc;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Where the visitor goes back to after signing in with a provider: the {@code next} path
 * the start of the sign-in ({@code GET /api/v1/auth/oidc/<id>?next=/watchlists}) carried,
 * kept in the session over the round trip to the provider. Only a path on this site is
 * kept, never another origin (an open redirect), by the same rule as the web app's.
 */
final class ReturnPath extends OncePerRequestFilter {

	private static final String ATTRIBUTE = ReturnPath.class.getName();

	private static final int MAX_LENGTH = 512;

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		// the start (/api/v1/auth/oidc/<id>), not its callback (.../<id>/callback)
		if ("GET".equals(request.getMethod()) && path.startsWith(SignInProviders.START_PATH + "/")
				&& path.indexOf('/', SignInProviders.START_PATH.length() + 1) < 0) {
			String next = safe(request.getParameter("next"));
			if (next != null) {
				request.getSession(true).setAttribute(ATTRIBUTE, next);
			}
			else {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.removeAttribute(ATTRIBUTE);
				}
			}
		}
		chain.doFilter(request, response);
	}

	/** The return path of this session's provider sign-in, if any, taken (used once). */
	static @Nullable String take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof String next)) {
			return null;
		}
		session.removeAttribute(ATTRIBUTE);
		return next;
	}

	/**
	 * {@code next} if it is a path on this site: {@code /x} but not {@code //host} or
	 * {@code /\host} (which browsers read as another origin), no control characters, not
	 * the sign-in pages.
	 */
	static @Nullable String safe(@Nullable String next) {
		if (next == null || next.length() > MAX_LENGTH || !next.startsWith("/") || next.startsWith("//")
				|| next.startsWith("/\\") || next.chars().anyMatch(Character::isISOControl)) {
			return null;
		}
		String page = next.split("[?#]", 2)[0];
		return (page.equals("/sign-in") || page.equals("/sign-up")) ? null : next;
	}

}
