package sage.server.trading.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.research.MonteCarlo;
import sage.server.trading.MonteCarloSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BacktestOptionsTest {

	@Test
	void readsEveryOptionInBothSpellings() {
		BacktestOptions options = BacktestOptions.parse(List.of("--strategy", "rsi-threshold", "--data=orcl.txt",
				"--from", "1995-01-03", "--to=2014-12-31", "--param", "period=14", "--param=low=30", "--size", "100",
				"--cash", "100000", "--commission", "0.001", "--trades-csv", "out.csv", "--json"));

		assertThat(options.strategy()).isEqualTo("rsi-threshold");
		assertThat(options.data()).isEqualTo(Path.of("orcl.txt"));
		assertThat(options.symbol()).isNull();
		assertThat(options.from()).isEqualTo(LocalDate.of(1995, 1, 3));
		assertThat(options.to()).isEqualTo(LocalDate.of(2014, 12, 31));
		assertThat(options.params()).containsOnlyKeys("period", "low", "size");
		assertThat(options.params().get("size")).isEqualByComparingTo("100");
		assertThat(options.cash()).isEqualByComparingTo("100000");
		assertThat(options.commission()).isEqualByComparingTo(new BigDecimal("0.001"));
		assertThat(options.tradesCsv()).isEqualTo(Path.of("out.csv"));
		assertThat(options.json()).isTrue();
	}

	@Test
	void defaultsToDailyBarsTheDefaultCashAndTenBasisPoints() {
		BacktestOptions options = BacktestOptions.parse(List.of("--strategy", "sma-cross", "--symbol", "SPY"));
		assertThat(options.interval()).isEqualTo("1d");
		assertThat(options.cash()).isEqualByComparingTo("100000");
		assertThat(options.commission()).isEqualByComparingTo("0.001");
		assertThat(options.json()).isFalse();
	}

	@Test
	void runsAThousandBootstrapMonteCarloRunsUnlessToldOtherwise() {
		List<String> base = List.of("--strategy", "hyper-rsi", "--symbol", "SPY");
		assertThat(BacktestOptions.parse(base).monteCarlo()).isEqualTo(MonteCarloSpec.DEFAULT);
		assertThat(parse(base, "--monte-carlo", "0").monteCarlo().isOn()).isFalse();
		assertThat(parse(base, "--monte-carlo=5000", "--resampling", "shuffle").monteCarlo())
			.isEqualTo(new MonteCarloSpec(5000, MonteCarlo.Resampling.SHUFFLE));
		assertThatIllegalArgumentException().isThrownBy(() -> parse(base, "--monte-carlo", "50"))
			.withMessage("--monte-carlo must be 0 (no Monte Carlo) or from 100 to 10,000, not 50");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(base, "--monte-carlo", "many"))
			.withMessage("--monte-carlo must be a whole number, not 'many'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse(base, "--resampling", "jackknife"))
			.withMessage("--resampling must be bootstrap or shuffle, not 'jackknife'");
	}

	private static BacktestOptions parse(List<String> base, String... more) {
		List<String> args = new ArrayList<>(base);
		args.addAll(List.of(more));
		return BacktestOptions.parse(args);
	}

	@Test
	void saysWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> BacktestOptions.parse(List.of("--symbol", "SPY")))
			.withMessage("--strategy is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--symbol", "SPY", "--data", "f")))
			.withMessage("give either --symbol or --data");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--symbol", "SPY", "--from", "May")))
			.withMessageContaining("--from must be a date");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--symbol", "SPY", "--cash", "lots")))
			.withMessageContaining("--cash must be a number");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--symbol", "SPY", "--param", "14")))
			.withMessageContaining("NAME=VALUE");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--symbol", "SPY", "--speed", "2")))
			.withMessage("unknown option --speed");
		assertThatIllegalArgumentException().isThrownBy(() -> BacktestOptions.parse(List.of("--strategy")))
			.withMessage("--strategy needs a value");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> BacktestOptions.parse(List.of("--strategy", "x", "--data", "f", "--interval", "1h")))
			.withMessageContaining("daily");
	}

}
