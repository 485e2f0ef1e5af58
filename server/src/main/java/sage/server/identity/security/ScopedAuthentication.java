package sage.server.identity.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import sage.server.identity.ScopedCaller;
import sage.server.identity.Scope;
import sage.server.identity.SignedInUser;

/**
 * A request authenticated by an API key or bearer token: the owner, as the principal,
 * limited to the key's scopes. Never stored in a session.
 */
final class ScopedAuthentication extends AbstractAuthenticationToken {

	private final ScopedCaller caller;

	ScopedAuthentication(ScopedCaller caller) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.user().role().name())));
		this.caller = caller;
		// the token endpoint reads the caller (key and scopes) from here
		setDetails(caller);
		setAuthenticated(true);
	}

	/** The key's scopes. */
	Set<Scope> scopes() {
		return this.caller.scopes();
	}

	@Override
	public SignedInUser getPrincipal() {
		return this.caller.user();
	}

	@Override
	public Object getCredentials() {
		// the key is checked and forgotten; nothing to hand out
		return "";
	}

}
