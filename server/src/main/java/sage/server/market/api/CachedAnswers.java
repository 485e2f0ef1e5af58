package sage.server.market.api;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

import sage.server.market.cache.Cached;

/**
 * Responses for cached answers: the answer's entity tag (so a client holding it gets 304
 * Not Modified) and {@code Cache-Control: max-age} for what is left of its fresh time; a
 * stale answer says {@code no-cache}, and its tag differs from the fresh one's.
 */
final class CachedAnswers {

	private CachedAnswers() {
	}

	static <B> ResponseEntity<B> ok(Cached<?> cached, B body, Clock clock) {
		return okBuilder(cached, clock).body(body);
	}

	static ResponseEntity.BodyBuilder okBuilder(Cached<?> cached, Clock clock) {
		CacheControl control = cached.stale() ? CacheControl.noCache()
				: CacheControl.maxAge(cached.maxAgeSeconds(clock.instant()), TimeUnit.SECONDS);
		String etag = cached.stale() ? cached.etag().replaceFirst("\"$", "-stale\"") : cached.etag();
		return ResponseEntity.ok().eTag(etag).cacheControl(control);
	}

}
