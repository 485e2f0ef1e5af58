package sage.server.market.cache;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Entries in Redis, shared by every node: {@code {"fetchedAt":…,"etag":…,"value":…}} as
 * JSON under {@code sage:cache:market:<policy>:<key>}, expiring with the policy's keep
 * time. A Redis fault or an entry that no longer reads back is a miss, logged, never an
 * error.
 */
final class SharedCacheStore implements CacheStore {

	private static final Logger log = LoggerFactory.getLogger(SharedCacheStore.class);

	private final StringRedisTemplate redis;

	private final JsonMapper json;

	private final String prefix;

	/**
	 * @param prefix before every key, after Spring's cache prefix
	 * ({@code sage:cache:market:})
	 */
	SharedCacheStore(RedisConnectionFactory connections, JsonMapper json, String prefix) {
		this.redis = new StringRedisTemplate(connections);
		this.json = json;
		this.prefix = prefix;
	}

	@Override
	public <T> Optional<Entry<T>> get(String key, Class<T> type) {
		String text;
		try {
			text = this.redis.opsForValue().get(this.prefix + key);
		}
		catch (RuntimeException ex) {
			log.warn("Market cache read of {} from Redis failed, fetching instead: {}", key, ex.getMessage());
			return Optional.empty();
		}
		if (text == null) {
			return Optional.empty();
		}
		try {
			JsonNode node = this.json.readTree(text);
			return Optional.of(new Entry<>(this.json.treeToValue(node.get("value"), type),
					Instant.parse(node.get("fetchedAt").asString()), node.get("etag").asString()));
		}
		catch (RuntimeException ex) {
			// JacksonException too: an entry written by another version of Sage
			log.warn("Market cache entry {} in Redis does not read back as {}, fetching instead: {}", key,
					type.getSimpleName(), ex.getMessage());
			return Optional.empty();
		}
	}

	@Override
	public void put(String key, Entry<?> entry, Duration keep) {
		try {
			ObjectNode node = this.json.createObjectNode();
			node.put("fetchedAt", entry.fetchedAt().toString());
			node.put("etag", entry.etag());
			node.set("value", this.json.valueToTree(entry.value()));
			this.redis.opsForValue().set(this.prefix + key, this.json.writeValueAsString(node), keep);
		}
		catch (RuntimeException ex) {
			log.warn("Market cache write of {} to Redis failed; the next read fetches again: {}", key, ex.getMessage());
		}
	}

}
