package sage.server.identity.twofactor;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an account stands with two-factor authentication.
 *
 * @param enabled whether sign-in needs a TOTP or recovery code
 * @param enabledAt when it was enabled, if it is
 * @param recoveryCodesLeft unused recovery codes (0 when disabled)
 * @param required whether the account must have it (administrators)
 */
public record TwoFactorStatus(boolean enabled, @Nullable Instant enabledAt, int recoveryCodesLeft, boolean required) {
}
