package sage.server.market.bundled;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import sage.engine.series.BarDefect;
import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * Reads a price file into a {@link BarSeries}, row by row: a row that cannot be read,
 * repeats an open time or has a {@link BarDefect} is rejected with its line and reason,
 * and the rest are kept. Rows may come in any order (some exports are newest first).
 */
final class BarFile {

	private BarFile() {
	}

	/**
	 * @param bytes the file, UTF-8 (a byte-order mark is skipped)
	 * @param timeframe the bar length of every row
	 * @param zone where the file's dates are local: daily rows open at
	 * {@code sessionOpen} there; intraday rows are read in UTC, as the crypto exports
	 * write them
	 */
	static Parsed parse(byte[] bytes, BarFileFormat format, Timeframe timeframe, ZoneId zone, LocalTime sessionOpen) {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Rejection> rejections = new ArrayList<>();
		List<Timed> rows = new ArrayList<>();
		int rowsRead = 0;
		try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
			int lineNumber = 0;
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				lineNumber++;
				if (lineNumber <= format.headerLines() || line.replace(format.delimiter(), ' ').isBlank()) {
					continue;
				}
				rowsRead++;
				try {
					BarFileFormat.Row row = format.read(BarFileFormat.split(line, format.delimiter()));
					if (row.daily() != !timeframe.isIntraday()) {
						throw new IllegalArgumentException("row is not a " + timeframe.code() + " bar");
					}
					long openTime = row.daily()
							? row.time().toLocalDate().atTime(sessionOpen).atZone(zone).toInstant().toEpochMilli()
							: row.time().toInstant(ZoneOffset.UTC).toEpochMilli();
					Optional<BarDefect> defect = BarDefect.of(row.open(), row.high(), row.low(), row.close(),
							row.volume());
					if (defect.isPresent()) {
						rejections.add(new Rejection(lineNumber, defect.get().reason()));
						continue;
					}
					rows.add(new Timed(lineNumber, openTime, row));
				}
				catch (DateTimeParseException ex) {
					rejections.add(new Rejection(lineNumber,
							"unreadable date '" + BarFileFormat.abbreviate(ex.getParsedString()) + "'"));
				}
				catch (IllegalArgumentException ex) {
					rejections.add(new Rejection(lineNumber, String.valueOf(ex.getMessage())));
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("reading from memory cannot fail", ex);
		}
		rows.sort(Comparator.comparingLong(Timed::openTime).thenComparingInt(Timed::line));
		BarSeries.Builder bars = BarSeries.builder(timeframe, rows.size());
		Timed previous = null;
		for (Timed row : rows) {
			if (previous != null && previous.openTime() == row.openTime()) {
				rejections.add(new Rejection(row.line(), "repeats the bar of line " + previous.line()));
				continue;
			}
			BarFileFormat.Row r = row.row();
			bars.add(row.openTime(), r.open(), r.high(), r.low(), r.close(), r.volume());
			previous = row;
		}
		rejections.sort(Comparator.comparingInt(Rejection::line));
		return new Parsed(bars.build(), rowsRead, List.copyOf(rejections));
	}

	private record Timed(int line, long openTime, BarFileFormat.Row row) {
	}

	/**
	 * What a file held.
	 *
	 * @param bars the rows that were sound, in time order
	 * @param rowsRead data rows seen (blank lines and headers excluded)
	 * @param rejections rows refused, by line
	 */
	record Parsed(BarSeries bars, int rowsRead, List<Rejection> rejections) {
	}

}
