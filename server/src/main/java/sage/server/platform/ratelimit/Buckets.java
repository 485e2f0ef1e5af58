package sage.server.platform.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/** Token buckets by key: in this process, or shared by nodes through Redis. */
interface Buckets {

	/**
	 * Takes one token from the bucket under {@code key}, creating it full when new.
	 * @param perMinute the bucket's size and its refill a minute
	 */
	ConsumptionProbe take(String key, long perMinute);

	/** Where the buckets are, for the log. */
	String describe();

	/** A bucket of {@code perMinute} tokens refilled smoothly over a minute. */
	static BucketConfiguration configuration(long perMinute) {
		return BucketConfiguration.builder()
			.addLimit((limit) -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
			.build();
	}

}
