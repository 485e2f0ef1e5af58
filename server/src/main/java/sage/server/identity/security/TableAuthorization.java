package sage.server.identity.security;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import sage.server.identity.Scope;
import sage.server.identity.SignedInUser;

/**
 * Decides each request by its {@link AccessTable} row: the audience first (anonymous
 * callers outside it get 401, signed-in ones 403 {@code access-denied}, or
 * {@code second-factor-required} for an administrator yet to enrol one), then, for API
 * keys and bearer tokens only, the scope (403 {@code insufficient-scope}).
 */
final class TableAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

	@Override
	public AuthorizationResult authorize(Supplier<? extends @Nullable Authentication> authentication,
			RequestAuthorizationContext context) {
		String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
		AccessTable.Rule rule = AccessTable.of(context.getRequest().getMethod(), path);
		Authentication caller = authentication.get();
		boolean signedIn = caller != null && caller.isAuthenticated()
				&& !(caller instanceof AnonymousAuthenticationToken) && caller.getPrincipal() instanceof SignedInUser;
		if (rule.audience() != AccessTable.Audience.ANYONE) {
			if (!signedIn) {
				return new AuthorizationDecision(false);
			}
			SignedInUser user = (SignedInUser) caller.getPrincipal();
			// an administrator's session that has not proven a second factor reaches only
			// enrolment (matched before this table) and what anyone may call; keys were
			// made in such a proven session and are judged by their scope below
			boolean session = !(caller instanceof ScopedAuthentication);
			if ((session && user.mustEnrolSecondFactor()) || !rule.audience().admits(user.role())) {
				return new AuthorizationDecision(false);
			}
		}
		if (caller instanceof ScopedAuthentication scoped) {
			Scope needed = rule.scope();
			if (needed == null || !needed.isGrantedBy(scoped.scopes())) {
				return new MissingScope(rule.scopeName());
			}
		}
		return new AuthorizationDecision(true);
	}

	/** A refusal for want of a scope, answered {@code insufficient-scope}. */
	static final class MissingScope extends AuthorizationDecision {

		private final String needed;

		MissingScope(String needed) {
			super(false);
			this.needed = needed;
		}

		/** The scope the endpoint needs, or {@code session-only}. */
		String needed() {
			return this.needed;
		}

	}

}
