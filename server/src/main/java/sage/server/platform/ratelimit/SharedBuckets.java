package sage.server.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;

/**
 * Buckets in Redis, so that every node draws from the same bucket for a caller. Bucket4j
 * updates a bucket by compare-and-swap; a key expires once its bucket would be full
 * again.
 */
final class SharedBuckets implements Buckets, AutoCloseable {

	private final RedisClient client;

	private final StatefulRedisConnection<byte[], byte[]> connection;

	private final ProxyManager<byte[]> buckets;

	private final String prefix;

	SharedBuckets(String url, String prefix, Duration timeout) {
		RedisURI uri = RedisURI.create(url);
		uri.setTimeout(timeout);
		this.client = RedisClient.create(uri);
		this.connection = this.client.connect(ByteArrayCodec.INSTANCE);
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
			.build();
		this.prefix = prefix;
	}

	@Override
	public ConsumptionProbe take(String key, long perMinute) {
		byte[] redisKey = (this.prefix + key + "/" + perMinute).getBytes(StandardCharsets.UTF_8);
		return this.buckets.getProxy(redisKey, () -> Buckets.configuration(perMinute)).tryConsumeAndReturnRemaining(1);
	}

	@Override
	public String describe() {
		return "in Redis, shared by every node";
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
