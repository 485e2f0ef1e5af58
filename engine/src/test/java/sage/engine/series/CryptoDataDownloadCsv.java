package sage.engine.series;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CryptoDataDownload CSV test resource (banner line, header
 * {@code date,symbol,open,high,low,close,volume_btc,volume}, newest row first) into a
 * series, oldest first, with the base-currency volume. Hourly dates look like
 * {@code 2019-09-17 09-AM}, daily ones like {@code 2019-09-17}; both are UTC.
 */
final class CryptoDataDownloadCsv {

	private static final DateTimeFormatter HOURLY = DateTimeFormatter.ofPattern("yyyy-MM-dd hh-a", Locale.US);

	private CryptoDataDownloadCsv() {
	}

	static BarSeries read(String resource, Timeframe timeframe) {
		InputStream in = CryptoDataDownloadCsv.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("no test resource " + resource);
		}
		List<String[]> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			reader.readLine();
			String header = reader.readLine();
			if (!header.startsWith("date,symbol,open,high,low,close,volume_btc")) {
				throw new IllegalArgumentException("not a CryptoDataDownload CSV: " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (!line.isBlank()) {
					rows.add(line.strip().split(","));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Collections.reverse(rows);
		BarSeries.Builder builder = BarSeries.builder(timeframe, rows.size());
		for (String[] cells : rows) {
			long time = timeframe.isIntraday()
					? LocalDateTime.parse(cells[0], HOURLY).toInstant(ZoneOffset.UTC).toEpochMilli()
					: LocalDate.parse(cells[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			builder.add(time, Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
					Double.parseDouble(cells[5]), Double.parseDouble(cells[6]));
		}
		return builder.build();
	}

}
