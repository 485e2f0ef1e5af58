package sage.engine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the engine's benchmarks and writes {@code docs/performance.md}: every figure next to
 * the baseline measured in the same run, as a ratio, against the target the project set.
 * Absolute times depend on the machine; the ratios are what the targets are about.
 *
 * <p>
 * Run with {@code mvn -B -pl engine -Pbench verify} (a few minutes on two cores).
 */
public final class PerformanceReport {

	/** The line from which docs/performance.md belongs to the server's benchmarks. */
	static final String SERVER_MARKER = "<!-- server benchmarks: what follows is written by MarketServingBench -->";

	private PerformanceReport() {
	}

	public static void main(String[] args) throws RunnerException, IOException {
		Path output = Path.of((args.length > 0) ? args[0] : "docs/performance.md");
		Options options = new OptionsBuilder().include("sage\\.engine\\..*Bench").build();
		Collection<RunResult> results = new Runner(options).run();
		List<String> lines = new ArrayList<>(header());
		lines.add("## Indicators over 1,000,000 bars (synthetic random walk, seeded)");
		lines.add("");
		lines.add("| what | Sage | baseline | ratio | target | met |");
		lines.add("|---|---:|---:|---:|---|---|");
		for (String indicator : List.of("rsi", "ema")) {
			double sage = score(results, "MovingAverageBench." + indicator + "Sage", null);
			double talib = score(results, "MovingAverageBench." + indicator + "Talib", null);
			double ta4jDefault = score(results, "MovingAverageBench." + indicator + "Ta4jDecimal", null);
			double ta4jDouble = score(results, "MovingAverageBench." + indicator + "Ta4j", null);
			String name = indicator.toUpperCase(Locale.ROOT);
			lines.add(row(name + " time vs TA-Lib Java", sage, talib, sage / talib, "<= 1.25x", sage / talib <= 1.25));
			lines.add(row(name + " speed-up over ta4j as it ships (DecimalNum)", sage, ta4jDefault, ta4jDefault / sage,
					">= 100x", ta4jDefault / sage >= 100));
			lines.add(String.format(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %.2fx | for reference | - |",
					name + " speed-up over ta4j with DoubleNum", sage, ta4jDouble, ta4jDouble / sage));
		}
		lines.add("");
		lines.add("The 100x target is read against ta4j as it ships: `new BaseBarSeriesBuilder().build()` computes in "
				+ "`DecimalNum`. Switched to `DoubleNum`, its fastest setting, ta4j is within about 100x of TA-Lib "
				+ "itself, so 100x over it would mean beating TA-Lib's loop by a wide margin; Sage matches TA-Lib "
				+ "instead (first row), and the DoubleNum figure is given for reference.");
		lines.add("");
		lines.add("## Window length: period 200 against period 10, 1,000,000 bars");
		lines.add("");
		lines.add("| indicator | period 200 | period 10 | ratio | target | met |");
		lines.add("|---|---:|---:|---:|---|---|");
		for (String indicator : List.of("sma", "bollinger", "atr")) {
			double longWindow = score(results, "WindowCostBench." + indicator, "200");
			double shortWindow = score(results, "WindowCostBench." + indicator, "10");
			double ratio = longWindow / shortWindow;
			lines.add(row(indicator, longWindow, shortWindow, ratio, "<= 1.5x", ratio <= 1.5));
		}
		lines.add("");
		lines.add("## Parameter sweep: 400 rsi-threshold combinations over 2,000 bars");
		lines.add("");
		lines.add("| what | 2 threads | 1 thread | speed-up | target | met |");
		lines.add("|---|---:|---:|---:|---|---|");
		double two = score(results, "SweepBench.sweep400", "2", "threads");
		double one = score(results, "SweepBench.sweep400", "1", "threads");
		lines.add(row("sweep", two, one, one / two, ">= 1.7x", one / two >= 1.7));
		lines.add("");
		lines.add("## `hyper-rsi` backtest with pyramiding over 1,000,000 bars (synthetic random walk, seeded)");
		lines.add("");
		lines.add("| what | Sage | baseline | ratio | target | met |");
		lines.add("|---|---:|---:|---:|---|---|");
		double backtest = score(results, "HyperRsiBench.sage", null);
		double ta4jBacktest = score(results, "HyperRsiBench.ta4j", null);
		double bareLoop = score(results, "HyperRsiBench.bareLoop", null);
		lines.add(row("speed-up over ta4j (DoubleNum) running the same rules", backtest, ta4jBacktest,
				ta4jBacktest / backtest, ">= 20x", ta4jBacktest / backtest >= 20));
		lines.add(row("speed as a fraction of a bare loop (bare time / Sage time)", backtest, bareLoop,
				String.format(Locale.ROOT, "%.0f%%", 100 * bareLoop / backtest), ">= 10%", bareLoop / backtest >= 0.10));
		lines.add("");
		lines.add("Rules: RSI(14) 30/70 both sides, trend filter EMA(200) slope over 20 bars with ADX(14) >= 20, up to "
				+ "3 entries 2% apart, 1 unit each, take-profit 5%, stop-loss 5%, trailing 4%, commission 0.1% of "
				+ "value (`HyperRsiRules.BENCHMARK`). Sage runs `HyperRsi` through `Backtest.run` (exact decimal "
				+ "ledger, equity curve, trade list); ta4j runs the same rules on its `DoubleNum` indicators and "
				+ "numbers (`Ta4jHyperRsi`); the bare loop is one pass over `double[]` columns "
				+ "(`BareLoopHyperRsi`). The trade lists are identical (bar, time, side, quantity; price and "
				+ "commission within 1e-9): checked by `HyperRsiParityTest` on ORCL and SPY daily and 200,000 "
				+ "synthetic bars, and over these million bars by the benchmark's setup.");
		lines.add("");
		lines.add("Times are milliseconds per operation (JMH average time, 1 fork; indicators 3 warm-up and 5 "
				+ "measured iterations of 1 s, the sweep 2 and 4 of 2 s, hyper-rsi 2 of 2 s and 3 of 3 s). The "
				+ "machine is shared: figures from a loaded machine vary, ratios less so.");
		lines.add("");
		lines.add("## Paper matching engine: one instrument, one thread, 100,000 commands (seeded)");
		lines.add("");
		lines.add("| what | Sage | baseline | ratio | target | met |");
		lines.add("|---|---:|---:|---:|---|---|");
		double matching = score(results, "MatchingEngineBenchmark.engine", null);
		double naiveMatching = score(results, "MatchingEngineBenchmark.naive", null);
		lines.add(String.format(Locale.ROOT, "| %s | %,.0f ops/s | %,.0f ops/s | %.2fx | %s | %s |",
				"commands per second, engine vs the naive reference matcher", matching, naiveMatching,
				matching / naiveMatching, ">= 1,000,000 ops/s", (matching >= 1_000_000) ? "yes" : "**no**"));
		lines.add("");
		lines.add("Commands: half limit orders within ten ticks of a drifting mid (one in ten crossing it), 40% "
				+ "cancels of earlier orders, 10% small market orders, ten accounts; each invocation replays the "
				+ "stream on a fresh `MatchingEngine` (`long` ticks and lots, sorted array of price levels, exact "
				+ "decimal balances, reservations and fees) and on `NaiveMatcher` (the test sources' reference: "
				+ "`TreeMap` of decimal price to `ArrayDeque`, no balances). Their event streams are identical: "
				+ "checked by `MatchingEngineParityProperties` on random streams and by the benchmark's setup on "
				+ "this one. JMH throughput, 1 fork, 3 warm-up and 3 measured iterations of 2 s.");
		Files.createDirectories(output.toAbsolutePath().getParent());
		List<String> server = serverSection(output);
		if (!server.isEmpty()) {
			lines.add("");
			lines.addAll(server);
		}
		Files.write(output, lines, StandardCharsets.UTF_8);
		System.out.println("Wrote " + output.toAbsolutePath().normalize());
		lines.forEach(System.out::println);
	}

	/**
	 * The server's benchmarks, written below {@link #SERVER_MARKER} by the server's own
	 * report: kept as they are.
	 */
	private static List<String> serverSection(Path output) throws IOException {
		if (!Files.exists(output)) {
			return List.of();
		}
		List<String> existing = Files.readAllLines(output, StandardCharsets.UTF_8);
		int marker = existing.indexOf(SERVER_MARKER);
		return (marker < 0) ? List.of() : existing.subList(marker, existing.size());
	}

	private static List<String> header() {
		Runtime runtime = Runtime.getRuntime();
		return List.of("# Performance", "",
				"Written by `engine/src/jmh/java/sage/engine/bench/PerformanceReport.java`; rerun with", "",
				"```bash", "mvn -B -pl engine -Pbench verify", "```", "",
				String.format(Locale.ROOT, "Last run: %s, Java %s, %d cores, max heap %d MB.",
						LocalDate.now(ZoneOffset.UTC), System.getProperty("java.version"),
						runtime.availableProcessors(), runtime.maxMemory() / (1024 * 1024)),
				"");
	}

	private static String row(String what, double value, double baseline, double ratio, String target,
			boolean met) {
		return row(what, value, baseline, String.format(Locale.ROOT, "%.2fx", ratio), target, met);
	}

	private static String row(String what, double value, double baseline, String ratio, String target,
			boolean met) {
		return String.format(Locale.ROOT, "| %s | %.3f ms | %.3f ms | %s | %s | %s |", what, value, baseline, ratio,
				target, met ? "yes" : "**no**");
	}

	private static double score(Collection<RunResult> results, String benchmark, String period) {
		return score(results, benchmark, period, "period");
	}

	private static double score(Collection<RunResult> results, String benchmark, String value, String param) {
		return results.stream()
			.filter((r) -> r.getParams().getBenchmark().endsWith(benchmark))
			.filter((r) -> value == null || value.equals(r.getParams().getParam(param)))
			.mapToDouble((r) -> r.getPrimaryResult().getScore())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no result for " + benchmark + " " + value));
	}

}
