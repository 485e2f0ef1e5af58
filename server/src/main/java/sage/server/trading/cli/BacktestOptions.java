package sage.server.trading.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.trading.MonteCarloSpec;

/**
 * The arguments of {@code ./sage backtest}, checked.
 *
 * @param strategy the strategy id
 * @param symbol a stored instrument, or null with {@code data}
 * @param data a Yahoo-style CSV file, or null with {@code symbol}
 * @param interval the bar length for {@code symbol}
 * @param from first day, inclusive, or null
 * @param to last day, inclusive, or null
 * @param params parameter values given with {@code --param} and {@code --size}
 * @param cash starting cash
 * @param commission fee as a fraction of traded value
 * @param tradesCsv where to write one row per fill, or null
 * @param json print the whole result as JSON instead of a table
 * @param monteCarlo the Monte Carlo to run on the closed trades
 */
record BacktestOptions(String strategy, @Nullable String symbol, @Nullable Path data, String interval,
		@Nullable LocalDate from, @Nullable LocalDate to, Map<String, BigDecimal> params, BigDecimal cash,
		BigDecimal commission, @Nullable Path tradesCsv, boolean json, MonteCarloSpec monteCarlo) {

	static final String USAGE = """
			Usage: ./sage backtest --strategy ID (--symbol SYMBOL | --data FILE.csv) [options]

			  --strategy ID         hyper-rsi, grid, rsi-threshold or sma-cross (--list shows their parameters)
			  --symbol SYMBOL       a stored instrument, e.g. SPY, 005930, BTC-USD
			  --data FILE.csv       a Yahoo-style CSV: Date,Open,High,Low,Close,Adj Close,Volume (daily)
			  --interval CODE       bar length for --symbol (default 1d; e.g. 1h for BTC-USD)
			  --from DATE --to DATE first and last day, inclusive (YYYY-MM-DD)
			  --param NAME=VALUE    a strategy parameter; repeat for more
			  --size N              shorthand for --param size=N
			  --cash N              starting cash (default 100000)
			  --commission RATE     fee as a fraction of traded value (default 0.001 = 0.1%)
			  --trades-csv FILE     write one row per fill: date,side,size,price,commission
			  --json                print the whole result as JSON
			  --monte-carlo N       resample the closed trades N times, 100 to 10000 (default 1000); 0 for none
			  --resampling KIND     bootstrap (default: trades drawn with replacement) or shuffle (reordered)
			""";

	/**
	 * Reads the arguments.
	 * @throws IllegalArgumentException saying what is wrong, for the person
	 */
	static BacktestOptions parse(List<String> args) {
		String strategy = null;
		String symbol = null;
		Path data = null;
		String interval = "1d";
		LocalDate from = null;
		LocalDate to = null;
		Map<String, BigDecimal> params = new LinkedHashMap<>();
		BigDecimal cash = new BigDecimal("100000");
		BigDecimal commission = new BigDecimal("0.001");
		Path tradesCsv = null;
		boolean json = false;
		Integer runs = null;
		String resampling = null;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			String name = arg.contains("=") && arg.startsWith("--") ? arg.substring(0, arg.indexOf('=')) : arg;
			boolean inline = !name.equals(arg);
			if (name.equals("--json")) {
				json = true;
				continue;
			}
			String value;
			if (inline) {
				value = arg.substring(arg.indexOf('=') + 1);
			}
			else {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				value = args.get(++i);
			}
			switch (name) {
				case "--strategy" -> strategy = value;
				case "--symbol" -> symbol = value;
				case "--data" -> data = Path.of(value);
				case "--interval" -> interval = value;
				case "--from" -> from = date(name, value);
				case "--to" -> to = date(name, value);
				case "--param" -> {
					int equals = value.indexOf('=');
					if (equals <= 0) {
						throw new IllegalArgumentException("--param takes NAME=VALUE, not '" + value + "'");
					}
					params.put(value.substring(0, equals),
							number("--param " + value.substring(0, equals), value.substring(equals + 1)));
				}
				case "--size" -> params.put("size", number(name, value));
				case "--cash" -> cash = number(name, value);
				case "--commission" -> commission = number(name, value);
				case "--trades-csv" -> tradesCsv = Path.of(value);
				case "--monte-carlo" -> runs = whole(name, value);
				case "--resampling" -> resampling = value;
				default -> throw new IllegalArgumentException("unknown option " + arg);
			}
		}
		if (strategy == null) {
			throw new IllegalArgumentException("--strategy is required");
		}
		if ((symbol == null) == (data == null)) {
			throw new IllegalArgumentException("give either --symbol or --data");
		}
		if (data != null && !interval.equals("1d")) {
			throw new IllegalArgumentException("--data reads daily bars; leave out --interval");
		}
		return new BacktestOptions(strategy, symbol, data, interval, from, to, params, cash, commission, tradesCsv,
				json, monteCarlo(runs, resampling));
	}

	private static MonteCarloSpec monteCarlo(@Nullable Integer runs, @Nullable String resampling) {
		try {
			return MonteCarloSpec.of(runs, resampling);
		}
		catch (ProblemException ex) {
			FieldProblem first = ex.fieldProblems().get(0);
			throw new IllegalArgumentException(first.field().endsWith("runs") ? "--monte-carlo " + first.message()
					: "--resampling must be bootstrap or shuffle, not '" + resampling + "'");
		}
	}

	private static int whole(String name, String value) {
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
		}
	}

	private static LocalDate date(String name, String value) {
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(name + " must be a date like 2020-01-31, not '" + value + "'");
		}
	}

	private static BigDecimal number(String name, String value) {
		try {
			return new BigDecimal(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
		}
	}

}
