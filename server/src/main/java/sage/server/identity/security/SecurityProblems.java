package sage.server.identity.security;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.HandlerExceptionResolver;

import sage.server.audit.AuditEntry;
import sage.server.audit.AuditLog;
import sage.server.identity.IdentityProblems;
import sage.server.identity.SignedInUser;
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

	private final AuditLog audit;

	SecurityProblems(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver, AuditLog audit) {
		this.resolver = resolver;
		this.audit = audit;
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		answer(request, response, IdentityProblems.UNAUTHENTICATED,
				"Sign in first (POST /api/v1/auth/login) or send an API key; this endpoint needs a caller.");
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
			throws IOException {
		if (ex instanceof CsrfException) {
			answer(request, response, IdentityProblems.CSRF_REJECTED,
					"Requests that carry the session cookie must send the XSRF-TOKEN cookie's value in the "
							+ "X-XSRF-TOKEN header.");
		}
		else if (ex instanceof AuthorizationDeniedException denied
				&& denied.getAuthorizationResult() instanceof TableAuthorization.MissingScope missing) {
			this.audit.appendSecurityEvent(new AuditEntry(actor(request), "security.insufficient-scope", "endpoint",
					request.getMethod() + " " + request.getRequestURI(), null, Map.of("needed", missing.needed()),
					null));
			answer(request, response, IdentityProblems.INSUFFICIENT_SCOPE,
					"This endpoint needs the scope '" + missing.needed() + "', which the API key or token lacks.");
		}
		else {
			// a signed-in user refused by role is worth a row; anonymous 401s are not
			// (any
			// scanner would fill the log with them)
			this.audit.appendSecurityEvent(new AuditEntry(actor(request), "security.access-denied", "endpoint",
					request.getMethod() + " " + request.getRequestURI(), null, null, null));
			if (SecurityContextHolder.getContext().getAuthentication() != null
					&& SecurityContextHolder.getContext()
						.getAuthentication()
						.getPrincipal() instanceof SignedInUser user
					&& user.mustEnrolSecondFactor()
					&& !(SecurityContextHolder.getContext().getAuthentication() instanceof ScopedAuthentication)) {
				answer(request, response, IdentityProblems.SECOND_FACTOR_REQUIRED,
						"Administrators need two-factor authentication: enrol with POST /api/v1/users/2fa/setup and "
								+ "POST /api/v1/users/2fa/confirm, then this session may go on.");
				return;
			}
			answer(request, response, IdentityProblems.ACCESS_DENIED, "Your role does not allow this.");
		}
	}

	private static String actor(HttpServletRequest request) {
		Principal principal = request.getUserPrincipal();
		return (principal != null) ? principal.getName() : "unknown";
	}

	/** Writes a problem answer through the MVC exception handling. */
	void answer(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail)
			throws IOException {
		if (this.resolver.resolveException(request, response, null, new ProblemException(type, detail)) == null) {
			response.sendError(type.status().value());
		}
	}

}
