package sage.server.identity;

import java.time.Instant;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * A vault secret as its owner sees it: everything but the value, of which at most the
 * last four characters show.
 *
 * @param id the secret's id
 * @param kind what it is for
 * @param label the owner's name for it
 * @param last4 the value's last four characters, so the owner can tell keys apart; absent
 * for values shorter than {@link SecretVault#MIN_LENGTH_FOR_LAST4} characters
 * @param createdAt when it was stored
 * @param lastUsedAt when a module last used it, absent if never
 */
@Schema(description = "A stored secret without its value: at most the last four characters show")
public record MaskedSecret(@Schema(example = "0b5c9a1e-4f6d-4b8a-9f10-2c3d4e5f6a7b") UUID id,
		@Schema(example = "EXCHANGE_API_KEY") SecretKind kind, @Schema(example = "Binance main") String label,
		@Schema(example = "x9Qz") @Nullable String last4, @Schema(example = "2025-06-01T09:30:00Z") Instant createdAt,
		@Schema(example = "2025-06-02T12:00:00Z") @Nullable Instant lastUsedAt) {
}
