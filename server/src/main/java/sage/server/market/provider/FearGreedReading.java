package sage.server.market.provider;

import java.time.Instant;

/**
 * One day of the crypto Fear & Greed index (alternative.me).
 *
 * @param time the day it applies to (UTC midnight)
 * @param value 0 (extreme fear) to 100 (extreme greed)
 * @param classification the provider's label ({@code Extreme Fear}, {@code Fear},
 * {@code Neutral}, {@code Greed}, {@code Extreme Greed})
 */
public record FearGreedReading(Instant time, int value, String classification) {

	public FearGreedReading {
		if (value < 0 || value > 100) {
			throw new IllegalArgumentException("Fear & Greed value out of 0..100: " + value);
		}
	}

}
