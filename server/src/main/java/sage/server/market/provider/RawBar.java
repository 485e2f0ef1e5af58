package sage.server.market.provider;

import java.time.Instant;

/**
 * One bar exactly as a provider sent it, before validation: it may hold NaN, zero or
 * inverted prices, which ingestion quarantines with a reason instead of storing.
 *
 * @param openTime the bar's open time (UTC)
 * @param open first price
 * @param high highest price
 * @param low lowest price
 * @param close last price
 * @param volume traded quantity, {@code NaN} when the provider has none
 */
public record RawBar(Instant openTime, double open, double high, double low, double close, double volume) {
}
