package sage.server.platform.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Buckets in this process. A bucket left alone for a few minutes is full again, so it is
 * dropped then: forgetting it changes nothing.
 */
final class LocalBuckets implements Buckets {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.expireAfterAccess(Duration.ofMinutes(5))
		.maximumSize(1_000_000)
		.build();

	@Override
	public ConsumptionProbe take(String key, long perMinute) {
		return this.buckets
			.get(key + "/" + perMinute,
					(k) -> Bucket.builder().addLimit(Buckets.configuration(perMinute).getBandwidths()[0]).build())
			.tryConsumeAndReturnRemaining(1);
	}

	@Override
	public String describe() {
		return "in this process";
	}

}
