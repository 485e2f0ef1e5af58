package sage.server.market.provider;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How an upstream is doing, as the status API shows it.
 *
 * @param provider the provider's name
 * @param circuit {@code CLOSED} (calls flow), {@code OPEN} (calls refused after failures)
 * or {@code HALF_OPEN} (one probe allowed)
 * @param lastSuccess when a call last succeeded
 * @param lastFailure when a call last failed
 * @param lastError that failure's message
 * @param blockedUntil until when the upstream asked not to be called
 * ({@code Retry-After})
 */
public record UpstreamStatus(String provider, String circuit, @Nullable Instant lastSuccess,
		@Nullable Instant lastFailure, @Nullable String lastError, @Nullable Instant blockedUntil) {
}
