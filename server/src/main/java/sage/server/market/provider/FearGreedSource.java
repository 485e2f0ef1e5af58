package sage.server.market.provider;

import java.util.List;

/** {@link Capability#FEAR_GREED}: the crypto Fear & Greed index. */
public interface FearGreedSource extends MarketDataProvider {

	/**
	 * The last {@code days} readings, newest first.
	 * @throws UpstreamException when the upstream fails after retries
	 */
	List<FearGreedReading> history(int days);

}
