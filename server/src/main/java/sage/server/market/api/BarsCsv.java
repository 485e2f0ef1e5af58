package sage.server.market.api;

import java.math.BigDecimal;

/**
 * Bars as CSV, one bar per line under a header: {@code time,open,high,low,close,volume},
 * time in ISO-8601 UTC, numbers in plain decimal notation (no exponent), so spreadsheets
 * and pandas read them as they are.
 */
final class BarsCsv {

	static final String MEDIA_TYPE = "text/csv";

	private static final String HEADER = "time,open,high,low,close,volume\n";

	private BarsCsv() {
	}

	static String write(BarsResponse bars) {
		StringBuilder csv = new StringBuilder(HEADER.length() + bars.bars().size() * 64).append(HEADER);
		for (BarsResponse.Bar bar : bars.bars()) {
			csv.append(bar.time())
				.append(',')
				.append(plain(bar.open()))
				.append(',')
				.append(plain(bar.high()))
				.append(',')
				.append(plain(bar.low()))
				.append(',')
				.append(plain(bar.close()))
				.append(',')
				.append(plain(bar.volume()))
				.append('\n');
		}
		return csv.toString();
	}

	private static String plain(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
