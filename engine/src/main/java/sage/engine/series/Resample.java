package sage.engine.series;

import java.util.Objects;

/**
 * Aggregates a series into a coarser timeframe: each bucket's bar has the open of its
 * first bar, the highest high, the lowest low, the close of its last bar and the summed
 * volume, and opens at the bucket's start.
 *
 * <p>
 * Buckets are UTC calendar buckets. Up to a day they are the epoch floored to the target
 * duration ({@code 4h} buckets start at 00:00, 04:00, ... UTC; {@code 1d} buckets at
 * 00:00 UTC); weekly buckets are ISO weeks starting Monday 00:00 UTC. A bucket is keyed
 * by its start, not by its first bar: the day of a stock whose session opens at 14:30 UTC
 * is keyed 00:00 UTC of that date, and a week whose first session is a Tuesday is keyed
 * by the Monday. Buckets with no bars produce no bar; a bucket only partly covered (at
 * the ends of the series, or around missing bars) aggregates the bars it has.
 */
public final class Resample {

	/** 1970-01-05, the first Monday after the epoch (a Thursday), in milliseconds. */
	private static final long FIRST_MONDAY = 4L * 86_400_000L;

	private Resample() {
	}

	/**
	 * Aggregates {@code series} into {@code target}.
	 * @param series the bars to aggregate
	 * @param target a timeframe whose length is a whole multiple of the series'
	 * @return a new series in {@code target}; {@code series} itself when the timeframes
	 * are the same
	 * @throws IllegalArgumentException when {@code target} is finer than the series or
	 * not a whole multiple of it
	 */
	public static BarSeries to(BarSeries series, Timeframe target) {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(target, "target");
		long from = series.timeframe().duration().toMillis();
		long to = target.duration().toMillis();
		if (to < from || to % from != 0) {
			throw new IllegalArgumentException(
					"cannot resample " + series.timeframe() + " to " + target + ": not a whole multiple");
		}
		if (to == from) {
			return series;
		}
		BarSeries.Builder builder = BarSeries.builder(target, (int) (series.size() / (to / from)) + 1);
		int i = 0;
		while (i < series.size()) {
			long bucket = bucketStart(series.time(i), target);
			double open = series.open(i);
			double high = series.high(i);
			double low = series.low(i);
			double close = series.close(i);
			double volume = series.volume(i);
			int j = i + 1;
			for (; j < series.size() && series.time(j) < bucket + to; j++) {
				high = Math.max(high, series.high(j));
				low = Math.min(low, series.low(j));
				close = series.close(j);
				volume += series.volume(j);
			}
			builder.add(bucket, open, high, low, close, volume);
			i = j;
		}
		return builder.build();
	}

	/** The start of the bucket of {@code target} that holds {@code epochMillis}. */
	static long bucketStart(long epochMillis, Timeframe target) {
		long length = target.duration().toMillis();
		long origin = (target == Timeframe.W1) ? FIRST_MONDAY : 0;
		return epochMillis - Math.floorMod(epochMillis - origin, length);
	}

}
