package sage.server.market.ingest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import sage.engine.series.BarSeries;
import sage.engine.series.Gap;
import sage.engine.series.Gaps;
import sage.engine.series.Resample;
import sage.engine.series.Timeframe;
import sage.server.market.Instrument;

/**
 * Where an instrument's bars open. A daily bar opens at the session start in the venue's
 * time zone (09:30 in New York, 09:00 in Seoul, midnight for a market that never closes),
 * a weekly bar at the Monday session start, and intraday bars every interval from the
 * session start (so US hourly bars open at 09:30, 10:30, ...).
 *
 * <p>
 * The engine's {@link Resample} buckets in UTC. To derive bars on this grid, times are
 * first moved to "session time" (the local date at 00:00 UTC plus the time since that
 * date's session start), resampled there and moved back: every bucket then starts at a
 * session start or a whole number of intervals after it, whatever the UTC offset of the
 * day.
 *
 * @param zone the venue's time zone
 * @param sessionOpen local time the session (and the daily bar) opens
 * @param aroundTheClock whether the market never closes (24/7)
 */
record SessionGrid(ZoneId zone, LocalTime sessionOpen, boolean aroundTheClock) {

	private static final long DAY = 86_400_000L;

	/**
	 * Daily steps up to this many days are weekends and holidays, not missing bars; a
	 * longer closure (Korea's autumn holidays) is asked for again and comes back empty.
	 */
	static final int LONGEST_CLOSURE_DAYS = 4;

	/** The grid of {@code instrument}, from its time zone and trading hours. */
	static SessionGrid of(Instrument instrument) {
		boolean aroundTheClock = instrument.tradingHours().equals("24/7");
		LocalTime open = aroundTheClock ? LocalTime.MIDNIGHT
				: LocalTime.parse(instrument.tradingHours().substring(0, 5));
		return new SessionGrid(instrument.timezone(), open, aroundTheClock);
	}

	/** Whether a bar of {@code interval} may open at {@code openTime} (epoch ms). */
	boolean onGrid(long openTime, Timeframe interval) {
		LocalDate date = localDate(openTime);
		long sinceOpen = openTime - sessionStart(date);
		if (sinceOpen < 0) {
			return false;
		}
		return switch (interval) {
			case D1 -> sinceOpen == 0;
			case W1 -> sinceOpen == 0 && date.getDayOfWeek() == DayOfWeek.MONDAY;
			default -> sinceOpen % interval.duration().toMillis() == 0;
		};
	}

	/**
	 * {@code series} aggregated into {@code target}, each bar opening on this grid; a
	 * bucket only partly covered aggregates the bars it has.
	 */
	BarSeries resample(BarSeries series, Timeframe target) {
		BarSeries.Builder shifted = BarSeries.builder(series.timeframe(), series.size());
		for (int i = 0; i < series.size(); i++) {
			shifted.add(toSessionTime(series.time(i)), series.open(i), series.high(i), series.low(i), series.close(i),
					series.volume(i));
		}
		BarSeries buckets = Resample.to(shifted.build(), target);
		BarSeries.Builder derived = BarSeries.builder(target, buckets.size());
		for (int i = 0; i < buckets.size(); i++) {
			derived.add(fromSessionTime(buckets.time(i)), buckets.open(i), buckets.high(i), buckets.low(i),
					buckets.close(i), buckets.volume(i));
		}
		return derived.build();
	}

	/**
	 * The open time of the {@code target} bar that holds the bar opening at
	 * {@code openTime}.
	 */
	long bucketStart(long openTime, Timeframe target) {
		BarSeries one = BarSeries.builder(Timeframe.M1, 1).add(toSessionTime(openTime), 1, 1, 1, 1, 0).build();
		return fromSessionTime(Resample.to(one, target).time(0));
	}

	/**
	 * Missing bars in stored {@code series}: for a market that never closes every step
	 * longer than one bar; for one that closes, daily steps longer than
	 * {@value #LONGEST_CLOSURE_DAYS} days, weekly steps longer than a week, and intraday
	 * steps longer than one bar within one trading day (nights are not gaps).
	 */
	List<Gap> gaps(BarSeries series) {
		if (this.aroundTheClock || series.timeframe() == Timeframe.W1) {
			return Gaps.continuous(series);
		}
		if (series.timeframe() == Timeframe.D1) {
			return Gaps.daily(series, LONGEST_CLOSURE_DAYS);
		}
		return Gaps.continuous(series)
			.stream()
			.filter((gap) -> localDate(gap.from()).equals(localDate(gap.to())))
			.toList();
	}

	private long toSessionTime(long openTime) {
		LocalDate date = localDate(openTime);
		return date.toEpochDay() * DAY + (openTime - sessionStart(date));
	}

	private long fromSessionTime(long sessionTime) {
		LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(sessionTime, DAY));
		return sessionStart(date) + Math.floorMod(sessionTime, DAY);
	}

	private LocalDate localDate(long epochMillis) {
		return Instant.ofEpochMilli(epochMillis).atZone(this.zone).toLocalDate();
	}

	private long sessionStart(LocalDate date) {
		return date.atTime(this.sessionOpen).atZone(this.zone).toInstant().toEpochMilli();
	}

}
