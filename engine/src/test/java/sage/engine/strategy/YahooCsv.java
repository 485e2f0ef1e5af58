package sage.engine.strategy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

/**
 * Reads a Yahoo-style daily CSV test resource ({@code Date,Open,High,Low,Close,Adj
 * Close,Volume}) into a series of the raw, unadjusted OHLC, as backtrader's
 * {@code YahooFinanceCSVData(adjclose=False, round=False)} does. Bars open at 00:00 UTC
 * of their date.
 */
public final class YahooCsv {

	private YahooCsv() {
	}

	public static BarSeries read(String resource) {
		InputStream in = YahooCsv.class.getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalArgumentException("no test resource " + resource);
		}
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 6000);
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String header = reader.readLine();
			if (!header.startsWith("Date,Open,High,Low,Close,Adj Close,Volume")) {
				throw new IllegalArgumentException("not a Yahoo CSV: " + header);
			}
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isBlank()) {
					continue;
				}
				String[] cells = line.split(",");
				long time = LocalDate.parse(cells[0]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
				builder.add(time, Double.parseDouble(cells[1]), Double.parseDouble(cells[2]),
						Double.parseDouble(cells[3]), Double.parseDouble(cells[4]), Double.parseDouble(cells[6]));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return builder.build();
	}

}
