package sage.server.market.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import sage.engine.series.BarDefect;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.server.market.provider.RawBar;

/**
 * The check every fetched row passes before storage. A row is refused when a price or the
 * volume is NaN or infinite, a price is zero or negative, the high is below the low, the
 * open or close lies outside the high-low range, the volume is negative
 * ({@link BarDefect}), its open time repeats or goes back in time, lies in the future, or
 * is not where a bar of the interval opens ({@link SessionGrid}). Of rows sharing an open
 * time the first is kept, as the bundled import does. A bar still forming (open, not yet
 * closed) is accepted: the next run fetches it again and stores its final values.
 */
final class BarScreen {

	private BarScreen() {
	}

	/**
	 * Splits {@code rows} into bars to store and rows to quarantine.
	 * @param rows rows in the order the provider sent them
	 * @param interval the interval they were asked for at
	 * @param grid where the instrument's bars open
	 * @param now the current time; a bar opening after it is refused
	 */
	static Screened screen(List<RawBar> rows, Timeframe interval, SessionGrid grid, Instant now) {
		BarSeries.Builder accepted = BarSeries.builder(interval, rows.size());
		List<RejectedBar> rejected = new ArrayList<>();
		long last = Long.MIN_VALUE;
		for (RawBar row : rows) {
			Optional<String> reason = reason(row, last, interval, grid, now);
			if (reason.isPresent()) {
				rejected.add(new RejectedBar(row, reason.get()));
				continue;
			}
			long openTime = row.openTime().toEpochMilli();
			accepted.add(openTime, row.open(), row.high(), row.low(), row.close(), row.volume());
			last = openTime;
		}
		return new Screened(accepted.build(), rejected);
	}

	private static Optional<String> reason(RawBar row, long lastAccepted, Timeframe interval, SessionGrid grid,
			Instant now) {
		Optional<BarDefect> defect = BarDefect.of(row.open(), row.high(), row.low(), row.close(), row.volume());
		if (defect.isPresent()) {
			return Optional.of(defect.get().reason());
		}
		long openTime = row.openTime().toEpochMilli();
		if (openTime == lastAccepted) {
			return Optional.of("duplicate open time");
		}
		if (openTime < lastAccepted) {
			return Optional.of("open time out of order (before " + Instant.ofEpochMilli(lastAccepted) + ")");
		}
		if (row.openTime().isAfter(now)) {
			return Optional.of("open time in the future");
		}
		if (!grid.onGrid(openTime, interval)) {
			return Optional.of("open time is not on the " + interval.code() + " grid");
		}
		return Optional.empty();
	}

	/**
	 * Rows split by the check.
	 *
	 * @param accepted sound bars in time order, ready to store
	 * @param rejected refused rows with their reasons, in the order received
	 */
	record Screened(BarSeries accepted, List<RejectedBar> rejected) {
	}

}
