package sage.server.trading.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import sage.server.platform.cli.Command;
import sage.server.testing.OnEmbeddedDefaults;
import sage.server.testing.SageJar.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ./sage backtest} and {@code ./sage sweep}: their Monte Carlo, walk-forward and
 * progress options and their refusals, run as the packaged jar runs them (the same
 * command beans) but in the server's JVM, which is started once for all of them
 * ({@link BacktestCommandIT} runs the jar itself).
 */
@OnEmbeddedDefaults
class TradingCommandsIT {

	@Autowired
	List<Command> commands;

	@TempDir
	Path dir;

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
	void badArgumentsExitWithTwoAndSayWhy() {
		Result badParam = sage("backtest", "--strategy", "rsi-threshold", "--symbol", "SPY", "--param", "period=1");
		assertThat(badParam.exitCode()).isEqualTo(2);
		assertThat(badParam.err()).contains("period must lie in [2, 500]");

		Result noSource = sage("backtest", "--strategy", "rsi-threshold");
		assertThat(noSource.exitCode()).isEqualTo(2);
		assertThat(noSource.err()).contains("give either --symbol or --data");
	}

	private Result sage(String name, String... args) {
		Command command = this.commands.stream().filter((c) -> c.name().equals(name)).findFirst().orElseThrow();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = command.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

}
