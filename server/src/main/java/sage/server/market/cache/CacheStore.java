package sage.server.market.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a {@link MarketCache} keeps its entries: in this process, or in Redis for every
 * node. A store is an optimisation: when it fails, a read misses and a write is dropped,
 * and the caller fetches from the source.
 */
interface CacheStore {

	/** The entry under {@code key}, if one is kept and reads back as {@code type}. */
	<T> Optional<Entry<T>> get(String key, Class<T> type);

	/**
	 * Keeps {@code entry} under {@code key} for {@code keep}, replacing what was there.
	 */
	void put(String key, Entry<?> entry, Duration keep);

	/**
	 * A kept answer.
	 *
	 * @param <T> the value's type
	 * @param value the answer
	 * @param fetchedAt when it was fetched
	 * @param etag its entity tag, quoted
	 */
	record Entry<T>(T value, Instant fetchedAt, String etag) {
	}

}
