package sage.server.trading.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * data directory), including the backtrader parity case through {@code --trades-csv}. The
 * commands' other options and refusals are run in the server's JVM
 * ({@link TradingCommandsIT}), each jar run costing a start of its own.
 */
class BacktestCommandIT {

	/**
	 * Real ORCL prices and backtrader's trade list for RSI(14) 30/70 (see the PROVENANCE
	 * there).
	 */
	static final Path REFERENCE = Path.of("../engine/src/test/resources/reference/backtrader");

	/**
	 * One data directory for the class: the first run imports the bundled data into it as
	 * a first {@code ./sage} does, the others find it there.
	 */
	@TempDir
	static Path dir;

	@Test
	void reproducesBacktradersTradeListOnOrclThroughTheCommandLine() throws Exception {
		Path trades = dir.resolve("trades.csv");
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
	void badArgumentsExitWithTwoAndSayWhy() throws Exception {
		Result unknownStrategy = sage("backtest", "--strategy", "nope", "--symbol", "SPY");
		assertThat(unknownStrategy.exitCode()).isEqualTo(2);
		assertThat(unknownStrategy.err()).contains("No strategy has the id 'nope'", "rsi-threshold");
		assertThat(unknownStrategy.out()).isEmpty();
	}

	private Result sage(String... args) throws IOException, InterruptedException {
		return SageJar.run(dir, args);
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
