package sage.server.market.cache;

import java.time.Duration;
import java.time.Instant;

/**
 * An answer from a {@link MarketCache}: the value, when it was fetched, its entity tag,
 * and whether it is stale (older than its policy allows, served because the upstream
 * failed).
 *
 * @param <T> the value's type
 * @param value the answer
 * @param fetchedAt when it was fetched from its source
 * @param etag a strong entity tag of the value's JSON form, quoted ({@code "3f2a…"})
 * @param stale whether it outlived its policy's fresh time and stands in for a failed
 * fetch
 * @param freshUntil when it stops being fresh
 */
public record Cached<T>(T value, Instant fetchedAt, String etag, boolean stale, Instant freshUntil) {

	/**
	 * How long a client may reuse it, whole seconds, never negative: {@code 0} for a
	 * stale answer, which should be asked for again.
	 */
	public long maxAgeSeconds(Instant now) {
		if (this.stale) {
			return 0;
		}
		return Math.max(0, Duration.between(now, this.freshUntil).toSeconds());
	}

}
