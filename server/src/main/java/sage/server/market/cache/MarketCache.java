package sage.server.market.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.UpstreamException;

/**
 * Market answers cached by {@link CachePolicy}: fresh ones are served as they are; on a
 * miss exactly one caller per key fetches (single flight) while the others on this node
 * wait for its answer; when the fetch fails upstream, a kept stale answer is served
 * instead, flagged as stale.
 *
 * <p>
 * Entries live in this process, or in Redis when it is configured, so every node serves
 * what any node fetched. Single flight holds per node: with N nodes, at most N fetches of
 * one key happen at once.
 */
public final class MarketCache {

	private final CacheStore store;

	private final JsonMapper json;

	private final Clock clock;

	private final MeterRegistry meters;

	private final ConcurrentHashMap<String, CompletableFuture<Cached<?>>> flights = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Counter> counters = new ConcurrentHashMap<>();

	MarketCache(CacheStore store, JsonMapper json, Clock clock, MeterRegistry meters) {
		this.store = store;
		this.json = json;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * The answer kept under {@code key}, or {@code fetch}'s.
	 * @param policy how long answers stay fresh and may stand in when stale
	 * @param key what identifies the answer within the policy (symbol, parameters)
	 * @param type the answer's type, to read it back from a shared store
	 * @param fetch asks the source; called at most once at a time per key on this node
	 * @throws UpstreamException when the fetch fails upstream and nothing is kept
	 */
	public <T> Cached<T> get(CachePolicy policy, String key, Class<T> type, Supplier<T> fetch) {
		String fullKey = policy.name() + ":" + key;
		Optional<CacheStore.Entry<T>> kept = this.store.get(fullKey, type);
		if (kept.isPresent() && isFresh(kept.get(), policy)) {
			count(policy, "hit");
			return answer(kept.get(), policy, false);
		}
		CompletableFuture<Cached<?>> mine = new CompletableFuture<>();
		CompletableFuture<Cached<?>> running = this.flights.putIfAbsent(fullKey, mine);
		if (running != null) {
			count(policy, "shared");
			return joined(running, type);
		}
		try {
			Cached<T> answer = lead(policy, fullKey, type, fetch);
			mine.complete(answer);
			return answer;
		}
		catch (RuntimeException ex) {
			mine.completeExceptionally(ex);
			throw ex;
		}
		finally {
			this.flights.remove(fullKey, mine);
		}
	}

	/**
	 * An answer that did not come through the cache (a fallback), with its entity tag.
	 * @param stale whether it is older than what the caller asked for
	 */
	public <T> Cached<T> uncached(T value, Instant fetchedAt, boolean stale) {
		return new Cached<>(value, fetchedAt, etagOf(value), stale, fetchedAt);
	}

	private <T> Cached<T> lead(CachePolicy policy, String fullKey, Class<T> type, Supplier<T> fetch) {
		// a leader that finished just before this one began has kept a fresh answer
		Optional<CacheStore.Entry<T>> kept = this.store.get(fullKey, type);
		if (kept.isPresent() && isFresh(kept.get(), policy)) {
			count(policy, "hit");
			return answer(kept.get(), policy, false);
		}
		T value;
		try {
			value = fetch.get();
		}
		catch (UpstreamException ex) {
			if (kept.isPresent() && isKept(kept.get(), policy)) {
				count(policy, "stale");
				return answer(kept.get(), policy, true);
			}
			throw ex;
		}
		count(policy, "miss");
		CacheStore.Entry<T> entry = new CacheStore.Entry<>(value, this.clock.instant(), etagOf(value));
		this.store.put(fullKey, entry, policy.keep());
		return answer(entry, policy, false);
	}

	@SuppressWarnings("unchecked")
	private static <T> Cached<T> joined(CompletableFuture<Cached<?>> running, Class<T> type) {
		try {
			Cached<?> answer = running.join();
			if (!type.isInstance(answer.value())) {
				throw new IllegalStateException("two types cached under one key: " + type.getName());
			}
			return (Cached<T>) answer;
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException cause) {
				throw cause;
			}
			throw ex;
		}
	}

	private boolean isFresh(CacheStore.Entry<?> entry, CachePolicy policy) {
		return this.clock.instant().isBefore(entry.fetchedAt().plus(policy.fresh()));
	}

	/** Whether it may still stand in, stale: a store may keep entries longer. */
	private boolean isKept(CacheStore.Entry<?> entry, CachePolicy policy) {
		return this.clock.instant().isBefore(entry.fetchedAt().plus(policy.keep()));
	}

	private static <T> Cached<T> answer(CacheStore.Entry<T> entry, CachePolicy policy, boolean stale) {
		return new Cached<>(entry.value(), entry.fetchedAt(), entry.etag(), stale,
				entry.fetchedAt().plus(policy.fresh()));
	}

	private String etagOf(Object value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(this.json.writeValueAsBytes(value));
			return '"' + HexFormat.of().formatHex(digest, 0, 16) + '"';
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

	private void count(CachePolicy policy, String result) {
		this.counters
			.computeIfAbsent(policy.name() + ":" + result,
					(name) -> Counter.builder("sage.market.cache.requests")
						.description("Market cache lookups by result: hit, miss (fetched), shared (waited for another "
								+ "caller's fetch), stale (served while the upstream failed)")
						.tag("cache", policy.name())
						.tag("result", result)
						.register(this.meters))
			.increment();
	}

}
