package sage.server.market.provider.coingecko;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One point of CoinGecko's market chart: a price sample, not a bar (CoinGecko samples
 * every 5 minutes for a day, hourly up to 90 days, daily beyond).
 *
 * @param time when it was sampled
 * @param price the price, exactly as sent
 * @param marketCap the market capitalisation then, if given
 * @param volume the traded value of the 24 hours before, if given
 */
public record MarketChartPoint(Instant time, BigDecimal price, @Nullable BigDecimal marketCap,
		@Nullable BigDecimal volume) {
}
