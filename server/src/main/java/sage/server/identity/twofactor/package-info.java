/**
 * Two-factor authentication with TOTP (RFC 6238) and one-time recovery codes. Internal to
 * identity: sign-in and the API reach it through {@link TwoFactor}.
 */
@NullMarked
package sage.server.identity.twofactor;

import org.jspecify.annotations.NullMarked;
