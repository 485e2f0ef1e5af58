package sage.server.trading.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import sage.engine.series.BarSeries;
import sage.engine.strategy.BacktestProgress;
import sage.engine.param.ParamSpec;
import sage.engine.strategy.StrategyDefinition;
import sage.server.market.PriceFile;
import sage.server.market.PriceFiles;
import sage.server.platform.FieldProblem;
import sage.server.platform.ProblemException;
import sage.server.platform.cli.Command;
import sage.server.trading.BacktestRun;
import sage.server.trading.BacktestSpec;
import sage.server.trading.Backtests;
import sage.server.trading.StrategyCatalog;

/**
 * {@code ./sage backtest}: runs a strategy over a stored instrument or a CSV file and
 * prints the figures, optionally the fills as CSV and the whole result as JSON.
 */
@Component
class BacktestCommand implements Command {

	private static final int LISTED_REJECTIONS = 10;

	private final Backtests backtests;

	private final StrategyCatalog catalog;

	private final PriceFiles files;

	private final JsonMapper json;

	BacktestCommand(Backtests backtests, StrategyCatalog catalog, PriceFiles files, JsonMapper json) {
		this.backtests = backtests;
		this.catalog = catalog;
		this.files = files;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@Override
	public String name() {
		return "backtest";
	}

	@Override
	public String summary() {
		return "run a strategy over a stored instrument or a CSV file";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err) {
		if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
			(args.isEmpty() ? err : out).print(BacktestOptions.USAGE);
			return args.isEmpty() ? 2 : 0;
		}
		if (args.contains("--list")) {
			list(out);
			return 0;
		}
		BacktestOptions options;
		try {
			options = BacktestOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			err.println("sage backtest: " + ex.getMessage());
			err.println("See ./sage backtest --help");
			return 2;
		}
		try {
			ProgressBar bar = new ProgressBar(err, "bars");
			// a bar only for runs long enough to report before their end
			BacktestProgress progress = (done, total) -> {
				if (done < total || bar.isShown()) {
					bar.show(done, total);
				}
			};
			BacktestRun run = (options.data() != null) ? runOnFile(options, err, progress)
					: runStored(options, progress);
			bar.finish();
			if (options.tradesCsv() != null) {
				Files.writeString(options.tradesCsv(), TradesCsv.of(run), StandardCharsets.UTF_8);
				err.println("Wrote " + run.fills().size() + " fills to " + options.tradesCsv());
			}
			out.print(options.json() ? this.json.writeValueAsString(run) + "\n" : FiguresTable.of(run));
			return 0;
		}
		catch (ProblemException ex) {
			err.println("sage backtest: " + ex.getMessage());
			for (FieldProblem field : ex.fieldProblems()) {
				err.println("  " + field.field() + ": " + field.message());
			}
			return 2;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			err.println("sage backtest: " + ex.getMessage());
			return 1;
		}
	}

	private BacktestRun runStored(BacktestOptions options, BacktestProgress progress) {
		// a local run belongs to no account: kept, but found by none through the API
		return this.backtests.run(null,
				new BacktestSpec(options.strategy(), options.params(), options.symbol(), options.interval(),
						options.from(), options.to(), options.cash(), options.commission(), options.monteCarlo()),
				progress);
	}

	private BacktestRun runOnFile(BacktestOptions options, PrintStream err, BacktestProgress progress) {
		PriceFile file = this.files.readYahooDaily(options.data());
		if (!file.rejections().isEmpty()) {
			err.println(options.data() + ": " + file.rejections().size() + " of " + file.rowsRead() + " rows skipped:");
			file.rejections()
				.stream()
				.limit(LISTED_REJECTIONS)
				.forEach((r) -> err.println("  line " + r.line() + ": " + r.reason()));
		}
		BarSeries bars = file.bars();
		long from = (options.from() != null) ? millis(options.from()) : Long.MIN_VALUE;
		long to = (options.to() != null) ? millis(options.to().plusDays(1)) : Long.MAX_VALUE;
		if (options.from() != null && options.to() != null && options.from().isAfter(options.to())) {
			throw ProblemException.invalidField("from", "must not be after --to");
		}
		return this.backtests.runOn(bars.between(from, to), options.data().getFileName().toString(), "",
				options.strategy(), options.params(), options.cash(), options.commission(), options.monteCarlo(),
				progress);
	}

	private void list(PrintStream out) {
		for (StrategyDefinition definition : this.catalog.all()) {
			out.println(definition.id() + ": " + definition.description());
			for (ParamSpec param : definition.params()) {
				out.printf("  %-8s %-7s default %-8s range %s .. %s  %s%n", param.name(),
						param.type().name().toLowerCase(java.util.Locale.ROOT), plain(param.defaultValue()),
						plain(param.min()), plain(param.max()), param.description());
			}
		}
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

	private static long millis(LocalDate date) {
		return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
	}

}
