package sage.server.market;

import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import sage.server.market.cache.CachePolicy;
import sage.server.market.cache.Cached;
import sage.server.market.cache.MarketCache;
import sage.server.market.provider.FearGreedReading;
import sage.server.market.provider.FearGreedSource;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.UpstreamException;
import sage.server.platform.ProblemException;
import sage.server.platform.ProblemType;

/**
 * The crypto Fear &amp; Greed index (alternative.me), current and history. It needs an
 * online provider: Sage ships no copy of the index. Cached for
 * {@link CachePolicy#FEAR_GREED}'s five minutes and served stale, flagged, while the
 * provider is down.
 */
@Service
public class FearGreed {

	/** No enabled provider publishes the index. */
	public static final ProblemType NOT_CONFIGURED = new ProblemType("fear-greed-not-configured",
			HttpStatus.SERVICE_UNAVAILABLE, "Fear & Greed index not configured");

	private final MarketDataProviders providers;

	private final MarketCache cache;

	FearGreed(MarketDataProviders providers, MarketCache cache) {
		this.providers = providers;
		this.cache = cache;
	}

	/**
	 * The last {@code days} readings, newest first.
	 * @throws ProblemException {@code fear-greed-not-configured} without a provider,
	 * {@code upstream-unavailable} when it fails and nothing is kept
	 */
	public Cached<Readings> history(int days) {
		List<FearGreedSource> sources = this.providers.enabled(FearGreedSource.class);
		if (sources.isEmpty()) {
			throw new ProblemException(NOT_CONFIGURED,
					"The Fear & Greed index comes from alternative.me, which is off: set "
							+ "sage.market.providers.alternative-me.enabled=true (it needs no key).");
		}
		FearGreedSource source = sources.get(0);
		try {
			return this.cache.get(CachePolicy.FEAR_GREED, source.name() + ":" + days, Readings.class,
					() -> new Readings(source.name(), source.history(days)));
		}
		catch (UpstreamException ex) {
			throw MarketProblems.upstreamUnavailable("the Fear & Greed index", ex);
		}
	}

	/**
	 * The last {@code days} readings, newest first, the same ones {@link #history} gives,
	 * as values of this package: for other modules, which cannot see the cache's and the
	 * providers' types.
	 * @throws ProblemException as {@link #history} does
	 */
	public List<Day> recent(int days) {
		return history(days).value()
			.readings()
			.stream()
			.map((reading) -> new Day(reading.time(), reading.value(), reading.classification()))
			.toList();
	}

	/**
	 * One day of the index.
	 *
	 * @param time the day it applies to (UTC midnight)
	 * @param value 0 (extreme fear) to 100 (extreme greed)
	 * @param classification the provider's label ({@code Extreme Fear} ... {@code Extreme
	 * Greed})
	 */
	public record Day(Instant time, int value, String classification) {
	}

	/**
	 * Readings of the index.
	 *
	 * @param source the provider
	 * @param readings newest first
	 */
	public record Readings(String source, List<FearGreedReading> readings) {

		public Readings {
			readings = List.copyOf(readings);
		}

	}

}
