package sage.server.identity.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import sage.server.identity.AccessTokens;
import sage.server.identity.ApiKeys;
import sage.server.identity.IdentityProblems;
import sage.server.identity.ScopedCaller;

/**
 * Authenticates a request that carries an API key ({@code Authorization: Bearer sage_...}
 * or {@code X-API-Key: sage_...}) or an access token ({@code Authorization: Bearer
 * <JWT>}) as the key's owner, limited to its scopes. Stateless: the authentication lives
 * for this request only and no session is made. A key that does not authenticate answers
 * 401 {@code invalid-api-key} at once; a request without one goes on as before (session
 * or anonymous).
 */
final class BearerAuthentication extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private final ApiKeys apiKeys;

	private final AccessTokens accessTokens;

	private final SecurityProblems problems;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	BearerAuthentication(ApiKeys apiKeys, AccessTokens accessTokens, SecurityProblems problems) {
		this.apiKeys = apiKeys;
		this.accessTokens = accessTokens;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String presented = presented(request);
		if (presented == null) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ScopedCaller> caller = presented.startsWith(ApiKeys.PREFIX) ? this.apiKeys.authenticate(presented)
				: this.accessTokens.authenticate(presented);
		if (caller.isEmpty()) {
			this.problems.answer(request, response, IdentityProblems.INVALID_API_KEY,
					"The API key or token is unknown, expired, revoked or was rotated.");
			return;
		}
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(new ScopedAuthentication(caller.get()));
		this.holder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			this.holder.clearContext();
		}
	}

	private static @Nullable String presented(HttpServletRequest request) {
		String header = request.getHeader(API_KEY_HEADER);
		if (header != null && !header.isBlank()) {
			return header;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7);
		}
		return null;
	}

}
