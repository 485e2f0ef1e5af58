package sage.server.market.cache;

import java.time.Duration;

/**
 * How long one kind of market answer stays fresh, and how long after that it may still be
 * served, flagged as stale, while its upstream is down.
 *
 * @param name the cache's name, the first part of every key ({@code quote})
 * @param fresh how long an answer is served without asking again
 * @param staleFor how much longer it is kept to stand in for an upstream that fails
 */
public record CachePolicy(String name, Duration fresh, Duration staleFor) {

	/** Latest prices: a minute, as the seed's caching policy says. */
	public static final CachePolicy QUOTE = new CachePolicy("quote", Duration.ofSeconds(60), Duration.ofDays(1));

	/** Bars read for a range: five minutes (new bars change the key, see the callers). */
	public static final CachePolicy HISTORY = new CachePolicy("history", Duration.ofMinutes(5), Duration.ZERO);

	/** Indicator values over a range: five minutes. */
	public static final CachePolicy INDICATORS = new CachePolicy("indicators", Duration.ofMinutes(5), Duration.ZERO);

	/** Movers and providers' trending lists: five minutes. */
	public static final CachePolicy TRENDING = new CachePolicy("trending", Duration.ofMinutes(5), Duration.ofDays(1));

	/**
	 * Providers' symbol search: an hour, as listings change slowly; a day more while the
	 * provider is down.
	 */
	public static final CachePolicy SEARCH = new CachePolicy("search", Duration.ofHours(1), Duration.ofDays(1));

	/** The Fear &amp; Greed index, published once a day: five minutes. */
	public static final CachePolicy FEAR_GREED = new CachePolicy("fear-greed", Duration.ofMinutes(5),
			Duration.ofDays(2));

	public CachePolicy {
		if (name.isBlank() || name.contains(":")) {
			throw new IllegalArgumentException("a cache name is a word without ':': " + name);
		}
		if (fresh.isNegative() || fresh.isZero() || staleFor.isNegative()) {
			throw new IllegalArgumentException(name + ": fresh must be positive and staleFor not negative");
		}
	}

	/** How long an entry is kept in all: fresh, then stale. */
	public Duration keep() {
		return this.fresh.plus(this.staleFor);
	}

}
