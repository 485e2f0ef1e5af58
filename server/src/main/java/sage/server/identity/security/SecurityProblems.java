package sage.server.identity.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExceptionResolver;

import sage.server.identity.IdentityProblems;
import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/**
 * Answers the security filters' refusals (no session: 401; wrong role or missing CSRF
 * token: 403) with the same problem body as every other error: the refusal is handed to
 * the MVC exception handling as a {@link ProblemException}, so the platform writes it,
 * with the code and the request id.
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final HandlerExceptionResolver resolver;

	SecurityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		answer(request, response, IdentityProblems.UNAUTHENTICATED,
				"Sign in first (POST /api/v1/auth/login); this endpoint needs a session.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			answer(request, response, IdentityProblems.CSRF_REJECTED,
					"Requests that carry the session cookie must send the XSRF-TOKEN cookie's value in the "
							+ "X-XSRF-TOKEN header.");
		}
		else {
			answer(request, response, IdentityProblems.ACCESS_DENIED, "Your role does not allow this.");
		}
	}

	private void answer(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		if (this.resolver.resolveException(request, response, null, new ProblemException(type, detail)) == null) {
			response.sendError(type.status().value());
		}
	}

}
