package sage.server.trading.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.platform.cli.Command;
import sage.server.trading.SweepJob;
import sage.server.trading.SweepSpec;
import sage.server.trading.Sweeps;
import sage.server.trading.WalkForwardSpec;

/**
 * {@code ./sage sweep}: backtests every combination of parameter values on a stored
 * instrument, with a progress bar, and prints the best combinations.
 */
@Component
class SweepCommand implements Command {

	static final String USAGE = """
			Usage: ./sage sweep --strategy ID --symbol SYMBOL --range NAME=FROM:TO:STEP [options]

			  --strategy ID             hyper-rsi, grid, rsi-threshold or sma-cross
			  --symbol SYMBOL           a stored instrument, e.g. SPY
			  --range NAME=FROM:TO:STEP a swept parameter, TO inclusive; repeat for more
			  --values NAME=A,B,C       a swept parameter with listed values
			  --param NAME=VALUE        a fixed parameter
			  --interval CODE           bar length (default 1d)
			  --from DATE --to DATE     first and last day, inclusive
			  --cash N --commission RATE  as for ./sage backtest
			  --metric NAME             ranks the combinations: SHARPE (default), TOTAL_RETURN, CAGR, SORTINO,
			                            MAX_DRAWDOWN, PROFIT_FACTOR, TRADE_COUNT
			  --top N                   how many of the best to print (default 10)
			  --walk-forward folds=N,train=BARS,test=BARS[,window=rolling|anchored]
			                            then walk forward: each fold picks the best combination on its
			                            train bars and runs it on the test bars after them
			  --threads N               threads to run on (default: every core)
			  --json                    print every combination as JSON
			""";

	private final Sweeps sweeps;

	private final JsonMapper json;

	SweepCommand(Sweeps sweeps, JsonMapper json) {
		this.sweeps = sweeps;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@Override
	public String name() {
		return "sweep";
	}

	@Override
	public String summary() {
		return "backtest every combination of parameter values and rank them";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
			(args.isEmpty() ? err : out).print(USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("sage sweep: " + ex.getMessage());
			err.println("See ./sage sweep --help");
			return 2;
		}
		try {
			ProgressBar bar = new ProgressBar(err,
					(options.spec().walkForward() != null) ? "backtests, walk-forward included" : "combinations");
			SweepJob job = this.sweeps.runNow(options.spec(), options.threads(), bar::show);
			bar.finish();
			out.print(options.json() ? this.json.writeValueAsString(job) + "\n"
					: table(job, options.top()) + walkForward(job));
			return 0;
		}
		catch (ProblemException ex) {
			err.println("sage sweep: " + ex.getMessage());
			for (FieldProblem field : ex.fieldProblems()) {
				err.println("  " + field.field() + ": " + field.message());
			}
			return 2;
		}
	}

	private static String table(SweepJob job, int top) {
		StringBuilder text = new StringBuilder();
		text.append(
				String.format(Locale.ROOT, "Sweep       %s on %s %s: %,d combinations over %,d bars, ranked by %s%n%n",
						job.strategy(), job.symbol(), job.interval(), job.combinations(), job.bars(), job.metric()));
		List<String> names = job.parameters();
		StringBuilder header = new StringBuilder();
		names.forEach((name) -> header.append(String.format(Locale.ROOT, "%12s", name)));
		header.append(
				String.format(Locale.ROOT, "%12s %10s %10s %10s %8s%n", "Return", "Sharpe", "Max DD", "PF", "Trades"));
		text.append(header);
		Comparator<SweepJob.Combination> ranking = ranking(job.metric());
		List<SweepJob.Combination> ranked = new ArrayList<>(
				job.results().stream().filter((c) -> c.refusal() == null).toList());
		ranked.sort(ranking);
		for (SweepJob.Combination c : ranked.subList(0, Math.min(top, ranked.size()))) {
			names.forEach((name) -> text
				.append(String.format(Locale.ROOT, "%12s", c.params().get(name).stripTrailingZeros().toPlainString())));
			text.append(String.format(Locale.ROOT, "%12s %10s %10s %10s %8s%n", percent(c.totalReturn()),
					ratio(c.sharpe()), percent((c.maxDrawdown() != null) ? -c.maxDrawdown() : null),
					ratio(c.profitFactor()), (c.tradeCount() != null) ? c.tradeCount() : "-"));
		}
		long refused = job.results().stream().filter((c) -> c.refusal() != null).count();
		if (refused > 0) {
			text.append(String.format(Locale.ROOT, "%n%d combinations refused by the strategy%n", refused));
		}
		return text.toString();
	}

	/** The walk-forward's folds and the stitched out-of-sample figures. */
	static String walkForward(SweepJob job) {
		SweepJob.WalkForwardRun run = job.walkForward();
		if (run == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		text.append(String.format(Locale.ROOT,
				"%nWalk-forward  %d %s folds: train %,d bars, test %,d bars; each fold runs the best by %s on its "
						+ "train bars%n",
				run.folds(), run.window().toLowerCase(Locale.ROOT), run.trainBars(), run.testBars(), job.metric()));
		if (run.error() != null || run.results() == null || run.outOfSample() == null) {
			text.append("  not finished: ").append((run.error() != null) ? run.error() : job.status()).append('\n');
			return text.toString();
		}
		List<String> names = job.parameters();
		text.append(String.format(Locale.ROOT, "%n%4s  %-22s  %-22s", "Fold", "Train", "Test"));
		names.forEach((name) -> text.append(String.format(Locale.ROOT, " %8s", name)));
		text.append(String.format(Locale.ROOT, " %10s %10s %10s %10s %8s %6s%n", "IS return", "IS Sharpe", "OOS return",
				"OOS Sharpe", "OOS DD", "Trades"));
		for (SweepJob.FoldRow fold : run.results()) {
			text.append(String.format(Locale.ROOT, "%4d  %-22s  %-22s", fold.number() + 1,
					days(fold.trainFirstBar(), fold.trainLastBar()), days(fold.testFirstBar(), fold.testLastBar())));
			names.forEach((name) -> text.append(
					String.format(Locale.ROOT, " %8s", fold.params().get(name).stripTrailingZeros().toPlainString())));
			text.append(String.format(Locale.ROOT, " %10s %10s %10s %10s %8s %6d%n",
					percent(fold.inSample().totalReturn()), ratio(fold.inSample().sharpe()),
					percent(fold.outOfSample().totalReturn()), ratio(fold.outOfSample().sharpe()),
					drawdown(fold.outOfSample().maxDrawdown()), fold.outOfSample().tradeCount()));
		}
		SweepJob.FoldFigures oos = run.outOfSample();
		List<SweepJob.FoldRow> folds = run.results();
		text.append(String.format(Locale.ROOT,
				"%nOut of sample, stitched %s: return %s, CAGR %s, Sharpe %s, max drawdown %s, %d closed trade%s%n",
				days(folds.get(0).testFirstBar(), folds.get(folds.size() - 1).testLastBar()),
				percent(oos.totalReturn()), percent(oos.cagr()), ratio(oos.sharpe()), drawdown(oos.maxDrawdown()),
				oos.tradeCount(), (oos.tradeCount() == 1) ? "" : "s"));
		return text.toString();
	}

	private static String days(Instant first, Instant last) {
		return first.atOffset(ZoneOffset.UTC).toLocalDate() + ".." + last.atOffset(ZoneOffset.UTC).toLocalDate();
	}

	/** A drawdown as a fall: -8.34%, and 0.00% (not +0.00% or -0.00%) for none. */
	private static String drawdown(Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%.2f%%", (0.0 - value) * 100);
	}

	/** Best first by the metric; combinations without it last. */
	private static Comparator<SweepJob.Combination> ranking(String metric) {
		Function<SweepJob.Combination, Double> value = switch (metric) {
			case "TOTAL_RETURN" -> SweepJob.Combination::totalReturn;
			case "CAGR" -> SweepJob.Combination::cagr;
			case "SORTINO" -> SweepJob.Combination::sortino;
			case "MAX_DRAWDOWN" -> (c) -> (c.maxDrawdown() != null) ? -c.maxDrawdown() : null;
			case "PROFIT_FACTOR" -> SweepJob.Combination::profitFactor;
			case "TRADE_COUNT" -> (c) -> (c.tradeCount() != null) ? c.tradeCount().doubleValue() : null;
			default -> SweepJob.Combination::sharpe;
		};
		return Comparator.comparing(value, Comparator.nullsLast(Comparator.reverseOrder()));
	}

	private static String percent(Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%+.2f%%", value * 100);
	}

	private static String ratio(Double value) {
		return (value == null) ? "-" : String.format(Locale.ROOT, "%.2f", value);
	}

	/** The arguments of {@code ./sage sweep}, checked. */
	record Options(SweepSpec spec, int threads, int top, boolean json) {

		static Options parse(List<String> args) {
			String strategy = null;
			String symbol = null;
			String interval = "1d";
			LocalDate from = null;
			LocalDate to = null;
			List<SweepSpec.Range> ranges = new ArrayList<>();
			Map<String, BigDecimal> fixed = new LinkedHashMap<>();
			BigDecimal cash = new BigDecimal("100000");
			BigDecimal commission = new BigDecimal("0.001");
			String metric = "SHARPE";
			int threads = Runtime.getRuntime().availableProcessors();
			int top = 10;
			boolean json = false;
			WalkForwardSpec walkForward = null;
			for (int i = 0; i < args.size(); i++) {
				String name = args.get(i);
				if (name.equals("--json")) {
					json = true;
					continue;
				}
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(name + " needs a value");
				}
				String value = args.get(++i);
				switch (name) {
					case "--strategy" -> strategy = value;
					case "--symbol" -> symbol = value;
					case "--interval" -> interval = value;
					case "--from" -> from = date(name, value);
					case "--to" -> to = date(name, value);
					case "--range" -> ranges.add(range(value));
					case "--values" -> ranges.add(values(value));
					case "--param" -> {
						String[] pair = pair(name, value);
						fixed.put(pair[0], number(name, pair[1]));
					}
					case "--cash" -> cash = number(name, value);
					case "--commission" -> commission = number(name, value);
					case "--metric" -> metric = value.toUpperCase(Locale.ROOT);
					case "--threads" -> threads = number(name, value).intValueExact();
					case "--top" -> top = number(name, value).intValueExact();
					case "--walk-forward" -> walkForward = walkForward(value);
					default -> throw new IllegalArgumentException("unknown option " + name);
				}
			}
			if (strategy == null || symbol == null) {
				throw new IllegalArgumentException("--strategy and --symbol are required");
			}
			if (ranges.isEmpty()) {
				throw new IllegalArgumentException("give at least one --range or --values");
			}
			if (threads < 1 || top < 1) {
				throw new IllegalArgumentException("--threads and --top must be at least 1");
			}
			return new Options(new SweepSpec(strategy, symbol, interval, from, to, ranges, fixed, cash, commission,
					metric, walkForward), threads, top, json);
		}

		private static SweepSpec.Range range(String value) {
			String[] pair = pair("--range", value);
			String[] bounds = pair[1].split(":");
			if (bounds.length != 3) {
				throw new IllegalArgumentException("--range takes NAME=FROM:TO:STEP, not '" + value + "'");
			}
			return new SweepSpec.Range(pair[0], number("--range", bounds[0]), number("--range", bounds[1]),
					number("--range", bounds[2]), null);
		}

		/** {@code folds=5,train=1000,test=250[,window=anchored]}. */
		static WalkForwardSpec walkForward(String value) {
			Map<String, String> given = new LinkedHashMap<>();
			for (String part : value.split(",")) {
				String[] pair = pair("--walk-forward", part.trim());
				if (!List.of("folds", "train", "test", "window").contains(pair[0])) {
					throw new IllegalArgumentException(
							"--walk-forward takes folds=N,train=BARS,test=BARS[,window=rolling|anchored], not '"
									+ pair[0] + "'");
				}
				given.put(pair[0], pair[1]);
			}
			try {
				return WalkForwardSpec.of(whole(given.get("folds")), whole(given.get("train")),
						whole(given.get("test")), given.get("window"));
			}
			catch (ProblemException ex) {
				throw new IllegalArgumentException("--walk-forward " + ex.fieldProblems()
					.stream()
					.map((p) -> p.field()
						.replace("walkForward.", "")
						.replace("trainBars", "train")
						.replace("testBars", "test") + " " + p.message())
					.collect(Collectors.joining("; ")));
			}
		}

		private static @Nullable Integer whole(@Nullable String value) {
			if (value == null) {
				return null;
			}
			try {
				return Integer.valueOf(value.trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("--walk-forward values must be whole numbers, not '" + value + "'");
			}
		}

		private static SweepSpec.Range values(String value) {
			String[] pair = pair("--values", value);
			List<BigDecimal> values = Arrays.stream(pair[1].split(",")).map((v) -> number("--values", v)).toList();
			return new SweepSpec.Range(pair[0], null, null, null, values);
		}

		private static String[] pair(String option, String value) {
			int equals = value.indexOf('=');
			if (equals <= 0) {
				throw new IllegalArgumentException(option + " takes NAME=..., not '" + value + "'");
			}
			return new String[] { value.substring(0, equals), value.substring(equals + 1) };
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
			catch (NumberFormatException | ArithmeticException ex) {
				throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
			}
		}

	}

}
