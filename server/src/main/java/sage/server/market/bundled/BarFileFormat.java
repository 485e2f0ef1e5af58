package sage.server.market.bundled;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The layouts of the bundled price files (see each folder's PROVENANCE.md). Each knows
 * how many header lines to skip and how to read one row into date/time and OHLCV.
 */
enum BarFileFormat {

	/**
	 * pandas-ta {@code SPY_D.csv}: header {@code ,date,open,high,low,close,volume},
	 * oldest first.
	 */
	PANDAS_TA(1, ',') {
		@Override
		Row read(List<String> fields) {
			expect(fields, 7);
			return new Row(LocalDate.parse(fields.get(1)).atStartOfDay(), true, number(fields.get(2)),
					number(fields.get(3)), number(fields.get(4)), number(fields.get(5)), number(fields.get(6)));
		}
	},

	/**
	 * RLTrader {@code v1/<code>.csv}: no header, {@code date,"open",...} with thousands
	 * separators inside quotes.
	 */
	RLTRADER(0, ',') {
		@Override
		Row read(List<String> fields) {
			return rltrader(fields);
		}
	},

	/** RLTrader {@code v1/kospi.csv}: as {@link #RLTRADER}, separated by tabs. */
	RLTRADER_TSV(0, '\t') {
		@Override
		Row read(List<String> fields) {
			return rltrader(fields);
		}
	},

	/**
	 * Yahoo Finance download (and backtrader's data files): header
	 * {@code Date,Open,High,Low,Close,Adj Close,Volume}, oldest first; the raw OHLC are
	 * read, {@code Adj Close} is not.
	 */
	YAHOO(1, ',') {
		@Override
		Row read(List<String> fields) {
			expect(fields, 7);
			return new Row(LocalDate.parse(fields.get(0).trim()).atStartOfDay(), true, number(fields.get(1)),
					number(fields.get(2)), number(fields.get(3)), number(fields.get(4)), number(fields.get(6)));
		}
	},

	/**
	 * CryptoDataDownload export: a banner line and a header, then
	 * {@code date,symbol,open,high,low,close,volume_base,volume_quote}, newest first,
	 * UTC; dates {@code 2019-10-17} (daily) or {@code 2019-10-17 09-AM} (hourly).
	 */
	CRYPTODATADOWNLOAD(2, ',') {
		@Override
		Row read(List<String> fields) {
			expect(fields, 8);
			String date = fields.get(0).trim();
			boolean daily = date.length() == 10;
			LocalDateTime time = daily ? LocalDate.parse(date).atStartOfDay() : LocalDateTime.parse(date, HOURLY);
			// volume in the base currency (BTC), as exchanges report it
			return new Row(time, daily, number(fields.get(2)), number(fields.get(3)), number(fields.get(4)),
					number(fields.get(5)), number(fields.get(6)));
		}
	};

	private static final DateTimeFormatter HOURLY = new DateTimeFormatterBuilder().appendPattern("yyyy-MM-dd hh-a")
		.parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
		.toFormatter(Locale.ENGLISH);

	private final int headerLines;

	private final char delimiter;

	BarFileFormat(int headerLines, char delimiter) {
		this.headerLines = headerLines;
		this.delimiter = delimiter;
	}

	int headerLines() {
		return this.headerLines;
	}

	char delimiter() {
		return this.delimiter;
	}

	/**
	 * Reads one row.
	 * @throws IllegalArgumentException (or a parse exception) with a reason fit for a
	 * report
	 */
	abstract Row read(List<String> fields);

	/**
	 * One row as written in the file.
	 *
	 * @param time local date-time as written; for a daily row, midnight of its date
	 * @param daily whether the row is a whole session (its time of day is not in the
	 * file)
	 */
	record Row(LocalDateTime time, boolean daily, double open, double high, double low, double close, double volume) {
	}

	private static Row rltrader(List<String> fields) {
		expect(fields, 6);
		return new Row(LocalDate.parse(fields.get(0).trim()).atStartOfDay(), true, number(fields.get(1)),
				number(fields.get(2)), number(fields.get(3)), number(fields.get(4)), number(fields.get(5)));
	}

	private static void expect(List<String> fields, int count) {
		if (fields.size() < count) {
			throw new IllegalArgumentException("expected " + count + " fields, found " + fields.size());
		}
	}

	/**
	 * A number, allowing thousands separators ({@code 2,054}) as the Korean files write
	 * them.
	 */
	static double number(String field) {
		String plain = field.trim().replace(",", "");
		if (plain.isEmpty()) {
			throw new IllegalArgumentException("empty number");
		}
		try {
			return Double.parseDouble(plain);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("not a number: '" + abbreviate(field) + "'");
		}
	}

	/**
	 * Splits a line at {@code delimiter}, honouring double quotes ({@code "2,054"} is one
	 * field; {@code ""} inside quotes is a quote).
	 */
	static List<String> split(String line, char delimiter) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == delimiter) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("unterminated quote");
		}
		fields.add(field.toString());
		return fields;
	}

	static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 37) + "...";
	}

}
