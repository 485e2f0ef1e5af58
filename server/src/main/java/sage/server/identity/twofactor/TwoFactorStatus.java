package sage.server.identity.twofactor;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Where an account stands with two-factor authentication.
 *
 * @param enabled whether sign-in needs a TOTP or recovery code
 * @param enabledAt when it was enabled, if it is
 * @param recoveryCodesLeft unused recovery codes (0 when disabled)
 * @param required whether the account must have it (administrators)
 */
@Schema(name = "TwoFactorStatus")
public record TwoFactorStatus(@Schema(example = "true") boolean enabled,
		@Schema(example = "2026-05-04T09:30:00Z") @Nullable Instant enabledAt,
		@Schema(example = "9") int recoveryCodesLeft, @Schema(example = "false") boolean required) {
}
