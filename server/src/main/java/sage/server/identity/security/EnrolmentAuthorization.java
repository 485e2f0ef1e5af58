package sage.server.identity.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import sage.server.identity.SignedInUser;

/**
 * Two-factor enrolment and the session: any signed-in session may reach them, also one
 * that must enrol a second factor before anything else. API keys and tokens are judged by
 * the {@link AccessTable} (enrolment is for sessions only).
 */
final class EnrolmentAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	private final TableAuthorization table = new TableAuthorization();

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		Authentication caller = authentication.get();
		if (caller instanceof ScopedAuthentication) {
			return this.table.authorize(authentication, context);
		}
		boolean signedIn = caller != null && caller.isAuthenticated()
				&& !(caller instanceof AnonymousAuthenticationToken) && caller.getPrincipal() instanceof SignedInUser;
		return new AuthorizationDecision(signedIn);
	}

}
