package sage.server.market.cache;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Entries in this process (Caffeine), each kept for its own policy's time, the values
 * held as they are: a hit costs a map lookup, no copying.
 */
final class LocalCacheStore implements CacheStore {

	private final Cache<String, Kept> entries;

	LocalCacheStore(long maximumEntries) {
		this.entries = Caffeine.newBuilder().maximumSize(maximumEntries).expireAfter(new Expiry<String, Kept>() {

			@Override
			public long expireAfterCreate(String key, Kept kept, long now) {
				return kept.keepNanos();
			}

			@Override
			public long expireAfterUpdate(String key, Kept kept, long now, long remaining) {
				return kept.keepNanos();
			}

			@Override
			public long expireAfterRead(String key, Kept kept, long now, long remaining) {
				return remaining;
			}

		}).build();
	}

	@Override
	public <T> Optional<Entry<T>> get(String key, Class<T> type) {
		Kept kept = this.entries.getIfPresent(key);
		if (kept == null || !type.isInstance(kept.entry().value())) {
			return Optional.empty();
		}
		@SuppressWarnings("unchecked")
		Entry<T> entry = (Entry<T>) kept.entry();
		return Optional.of(entry);
	}

	@Override
	public void put(String key, Entry<?> entry, Duration keep) {
		this.entries.put(key, new Kept(entry, keep.toNanos()));
	}

	private record Kept(Entry<?> entry, long keepNanos) {
	}

}
