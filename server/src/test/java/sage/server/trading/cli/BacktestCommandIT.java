package sage.server.trading.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import sage.server.testing.SageJar;
import sage.server.testing.SageJar.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code java -jar sage.jar backtest ...} as a person runs it (the packaged jar, a fresh
 * data directory), including the backtrader parity case through {@code --trades-csv}.
 */
class BacktestCommandIT {

	/**
	 * Real ORCL prices and backtrader's trade list for RSI(14) 30/70 (see the PROVENANCE
	 * there).
	 */
	static final Path REFERENCE = Path.of("../engine/src/test/resources/reference/backtrader");

	@TempDir
	Path dir;

	@Test
	void reproducesBacktradersTradeListOnOrclThroughTheCommandLine() throws Exception {
		Path trades = this.dir.resolve("trades.csv");
		Result result = sage("backtest", "--strategy", "rsi-threshold", "--data",
				REFERENCE.resolve("orcl-1995-2014.txt").toString(), "--param", "period=14", "--param", "low=30",
				"--param", "high=70", "--size", "100", "--cash", "100000", "--commission", "0.001", "--trades-csv",
				trades.toString());

		assertThat(result.exitCode()).as(result.err()).isZero();
		List<String[]> expected = rows(REFERENCE.resolve("orcl-1995-2014_rsi14_30_70_trades_backtrader.csv"));
		List<String[]> actual = rows(trades);
		assertThat(actual).hasSize(28).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			String[] want = expected.get(i);
			String[] got = actual.get(i);
			assertThat(got[0]).as("date of fill %d", i).isEqualTo(want[0]);
			assertThat(got[1]).as("side of fill %d", i).isEqualTo(want[1]);
			assertThat(Double.parseDouble(got[2])).as("size of fill %d", i).isEqualTo(Double.parseDouble(want[2]));
			assertThat(Double.parseDouble(got[3])).as("price of fill %d", i)
				.isCloseTo(Double.parseDouble(want[3]), within(1e-9));
			assertThat(Double.parseDouble(got[4])).as("commission of fill %d", i)
				.isCloseTo(Double.parseDouble(want[4]), within(1e-9));
		}
		assertThat(finalValue(trades))
			.isCloseTo(finalValue(REFERENCE.resolve("orcl-1995-2014_rsi14_30_70_trades_backtrader.csv")), within(1e-6));
		assertThat(result.out()).contains("rsi-threshold", "Total return", "+0.31%", "Buy & hold");
	}

	@Test
	void runsOnABundledInstrumentAndPrintsJson() throws Exception {
		Result result = sage("backtest", "--strategy", "sma-cross", "--symbol", "BTC-USD", "--param", "fast=10",
				"--param", "slow=30", "--size", "1", "--json");

		assertThat(result.exitCode()).as(result.err()).isZero();
		JsonNode run = JsonMapper.builder().build().readTree(result.out());
		assertThat(run.path("symbol").asString()).isEqualTo("BTC-USD");
		assertThat(run.path("bars").asInt()).isEqualTo(1770);
		assertThat(run.path("fills").size()).isPositive();
	}

	@Test
	void printsAMonteCarloOfTheTradesAfterTheFiguresAndInTheJson() throws Exception {
		Result table = sage("backtest", "--strategy", "hyper-rsi", "--symbol", "SPY");
		assertThat(table.exitCode()).as(table.err()).isZero();
		assertThat(table.out()).containsPattern(
				"(?s)Average loss.*\\nMonte Carlo +1,000 bootstrap runs of \\d+ closed trades \\(seed 1\\)\\n +In order +p5 +p50 +p95 +Worst\\nMax drawdown +-\\d+\\.\\d\\d% .*\\nFinal equity +[\\d,]+\\.\\d\\d .*\\nDeeper drawdown +\\d+\\.\\d\\d% +of runs drew down more than 1.5 x in order");

		Result json = sage("backtest", "--strategy", "hyper-rsi", "--symbol", "SPY", "--monte-carlo", "500",
				"--resampling", "shuffle", "--json");
		assertThat(json.exitCode()).as(json.err()).isZero();
		JsonNode mc = JsonMapper.builder().build().readTree(json.out()).path("monteCarlo");
		assertThat(mc.path("status").asString()).isEqualTo("DONE");
		assertThat(mc.path("runs").asInt()).isEqualTo(500);
		assertThat(mc.path("resampling").asString()).isEqualTo("SHUFFLE");
		assertThat(mc.path("maxDrawdown").path("p95").asDouble())
			.isGreaterThanOrEqualTo(mc.path("maxDrawdown").path("p5").asDouble());

		Result off = sage("backtest", "--strategy", "hyper-rsi", "--symbol", "SPY", "--monte-carlo", "0");
		assertThat(off.exitCode()).as(off.err()).isZero();
		assertThat(off.out()).contains("Monte Carlo          No Monte Carlo was asked for (0 runs).")
			.doesNotContain("In order");

		Result bad = sage("backtest", "--strategy", "hyper-rsi", "--symbol", "SPY", "--monte-carlo", "20000");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err()).contains("--monte-carlo must be 0 (no Monte Carlo) or from 100 to 10,000, not 20,000");
	}

	@Test
	void sweepsWithAWalkForwardAndPrintsTheFolds() throws Exception {
		Result result = sage("sweep", "--strategy", "rsi-threshold", "--symbol", "SPY", "--range", "period=10:20:5",
				"--values", "low=25,30", "--metric", "total_return", "--walk-forward", "folds=4,train=1000,test=500");

		assertThat(result.exitCode()).as(result.err()).isZero();
		assertThat(result.out()).contains(
				"Walk-forward  4 rolling folds: train 1,000 bars, test 500 bars; each fold runs the best by TOTAL_RETURN on its train bars");
		assertThat(result.out()).containsPattern("\\n   4  \\d{4}-\\d\\d-\\d\\d\\.\\.\\d{4}-\\d\\d-\\d\\d  ");
		assertThat(result.out()).containsPattern("\\nOut of sample, stitched [-0-9.]+: return [-+]\\d+\\.\\d\\d%");

		Result bad = sage("sweep", "--strategy", "rsi-threshold", "--symbol", "SPY", "--range", "period=10:20:5",
				"--walk-forward", "folds=40,train=1000,test=500");
		assertThat(bad.exitCode()).isEqualTo(2);
		assertThat(bad.err())
			.contains("40 folds of 1,000 train and 500 test bars need 21,000 bars; the range holds 5,241");
	}

	@Test
	void showsAProgressBarOnLongRunsAndNoneOnShortOnes() throws Exception {
		// a synthetic random walk (test data, not market data): 100,000 daily bars
		Path csv = this.dir.resolve("synthetic-walk.csv");
		List<String> lines = new ArrayList<>(List.of("Date,Open,High,Low,Close,Adj Close,Volume"));
		java.util.SplittableRandom random = new java.util.SplittableRandom(3);
		java.time.LocalDate day = java.time.LocalDate.of(1800, 1, 1);
		double price = 100;
		for (int i = 0; i < 100_000; i++) {
			double close = Math.max(1, price * (1 + random.nextGaussian() * 0.01));
			lines.add(String.format(java.util.Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%.4f,1000", day.plusDays(i), price,
					Math.max(price, close) * 1.002, Math.min(price, close) * 0.998, close, close));
			price = close;
		}
		Files.write(csv, lines, StandardCharsets.UTF_8);

		Result longRun = sage("backtest", "--strategy", "rsi-threshold", "--data", csv.toString());
		Result shortRun = sage("backtest", "--strategy", "rsi-threshold", "--symbol", "SPY");

		assertThat(longRun.exitCode()).as(longRun.err()).isZero();
		assertThat(longRun.err()).contains("(65,536/100,000 bars)", "] 100% (100,000/100,000 bars)");
		assertThat(longRun.out()).doesNotContain("bars)").contains("Total return");
		assertThat(shortRun.exitCode()).as(shortRun.err()).isZero();
		assertThat(shortRun.err()).doesNotContain("bars)");
	}

	@Test
	void badArgumentsExitWithTwoAndSayWhy() throws Exception {
		Result unknownStrategy = sage("backtest", "--strategy", "nope", "--symbol", "SPY");
		assertThat(unknownStrategy.exitCode()).isEqualTo(2);
		assertThat(unknownStrategy.err()).contains("No strategy has the id 'nope'", "rsi-threshold");
		assertThat(unknownStrategy.out()).isEmpty();

		Result badParam = sage("backtest", "--strategy", "rsi-threshold", "--symbol", "SPY", "--param", "period=1");
		assertThat(badParam.exitCode()).isEqualTo(2);
		assertThat(badParam.err()).contains("period must lie in [2, 500]");

		Result noSource = sage("backtest", "--strategy", "rsi-threshold");
		assertThat(noSource.exitCode()).isEqualTo(2);
		assertThat(noSource.err()).contains("give either --symbol or --data");
	}

	private Result sage(String... args) throws IOException, InterruptedException {
		return SageJar.run(this.dir, args);
	}

	private static List<String[]> rows(Path csv) throws IOException {
		return Files.readAllLines(csv, StandardCharsets.UTF_8)
			.stream()
			.filter((line) -> !line.startsWith("#") && !line.startsWith("date,") && !line.isBlank())
			.map((line) -> line.split(","))
			.toList();
	}

	private static double finalValue(Path csv) throws IOException {
		String header = Files.readAllLines(csv, StandardCharsets.UTF_8).get(0);
		return Double.parseDouble(header.substring(header.indexOf("final_value=") + "final_value=".length()).trim());
	}

}
