/**
 * Sign-in with an OpenID Connect provider: Google, or any provider configured under
 * {@code sage.identity.oidc.providers}. The authorization-code flow is Spring Security's;
 * what the provider vouches for is turned into a Sage account and session here, by the
 * same rules as a password sign-in (lockout, second factor, administrators' enrolment).
 */
@NullMarked
package sage.server.identity.oidc;

import org.jspecify.annotations.NullMarked;
