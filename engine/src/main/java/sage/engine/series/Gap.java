package sage.engine.series;

/**
 * Bars missing between two consecutive bars of a series.
 *
 * @param from open time of the last bar before the gap, epoch milliseconds UTC
 * @param to open time of the first bar after the gap, epoch milliseconds UTC
 * @param missing how many bars of the series' timeframe would fit between them:
 * {@code (to - from) / duration - 1}, rounded down; calendar bars, so weekend days count
 * for daily data
 */
public record Gap(long from, long to, long missing) {
}
