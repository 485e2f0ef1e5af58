package sage.server.market.ingest;

import java.time.Instant;

/**
 * A row an ingestion job refused, as stored in the quarantine.
 *
 * @param job the job that fetched it
 * @param symbol the instrument's canonical symbol
 * @param interval the interval code ({@code 1d})
 * @param openTime its open time as sent
 * @param open open as sent (may be NaN or infinite)
 * @param high high as sent
 * @param low low as sent
 * @param close close as sent
 * @param volume volume as sent
 * @param reason why it was refused
 * @param quarantinedAt when it was first refused
 */
public record QuarantinedBar(String job, String symbol, String interval, Instant openTime, double open, double high,
		double low, double close, double volume, String reason, Instant quarantinedAt) {
}
