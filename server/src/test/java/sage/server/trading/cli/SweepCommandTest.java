package sage.server.trading.cli;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.research.WalkForward.Window;
import sage.server.trading.SweepJob;
import sage.server.trading.WalkForwardSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SweepCommandTest {

	private static final List<String> BASE = List.of("--strategy", "rsi-threshold", "--symbol", "SPY", "--range",
			"period=10:20:2");

	@Test
	void readsAWalkForward() {
		assertThat(parse().spec().walkForward()).isNull();
		assertThat(parse("--walk-forward", "folds=5,train=1000,test=250").spec().walkForward())
			.isEqualTo(new WalkForwardSpec(5, 1000, 250, Window.ROLLING));
		assertThat(parse("--walk-forward", "test=100, train=500, folds=3, window=anchored").spec().walkForward())
			.isEqualTo(new WalkForwardSpec(3, 500, 100, Window.ANCHORED));
	}

	@Test
	void saysWhatIsWrongWithAWalkForward() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--walk-forward", "folds=5,train=1000"))
			.withMessage("--walk-forward test is required");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("--walk-forward", "folds=0,train=1000,test=250,window=up"))
			.withMessage(
					"--walk-forward folds must lie in [1, 100], not 0; window must be ROLLING or ANCHORED, not 'up'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--walk-forward", "folds=5,train=1k,test=250"))
			.withMessage("--walk-forward values must be whole numbers, not '1k'");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("--walk-forward", "folds=5,step=10"))
			.withMessageContaining("not 'step'");
	}

	@Test
	void printsOneRowPerFoldAndTheStitchedFigures() {
		SweepJob.FoldFigures in = new SweepJob.FoldFigures(0.123, 0.1, 0.85, 1.1, 0.05, 2.0, 7);
		SweepJob.FoldFigures out = new SweepJob.FoldFigures(-0.012, null, -0.11, null, 0.053, null, 2);
		SweepJob.FoldRow fold = new SweepJob.FoldRow(0, Instant.parse("2000-01-03T14:30:00Z"),
				Instant.parse("2003-12-24T14:30:00Z"), Instant.parse("2003-12-26T14:30:00Z"),
				Instant.parse("2004-12-21T14:30:00Z"), 1000, 250, Map.of("period", new BigDecimal("14.0")), in, out);
		SweepJob.WalkForwardRun run = new SweepJob.WalkForwardRun(1, 1000, 250, "ROLLING", 6, 6, null, List.of(fold),
				out);
		SweepJob job = new SweepJob("id", "DONE", "rsi-threshold", "SPY", "1d", "SHARPE", List.of("period"), 6, 6, 1250,
				null, null, BigDecimal.ONE, BigDecimal.ZERO, Instant.EPOCH, Instant.EPOCH, null, null, List.of(), run);

		String text = SweepCommand.walkForward(job);

		assertThat(text).contains(
				"Walk-forward  1 rolling folds: train 1,000 bars, test 250 bars; each fold runs the best by SHARPE on its train bars");
		assertThat(text).containsPattern(
				"\\n   1  2000-01-03\\.\\.2003-12-24  2003-12-26\\.\\.2004-12-21 +14 +\\+12\\.30% +0\\.85 +-1\\.20% +-0\\.11 +-5\\.30% +2\\n");
		assertThat(text).contains(
				"Out of sample, stitched 2003-12-26..2004-12-21: return -1.20%, CAGR -, Sharpe -0.11, max drawdown -5.30%, 2 closed trades");
	}

	@Test
	void aWindowThatNeverFellShowsNoDrawdownRatherThanAPlusSign() {
		SweepJob.FoldFigures flat = new SweepJob.FoldFigures(0.0, 0.0, null, null, 0.0, null, 0);
		SweepJob.FoldRow fold = new SweepJob.FoldRow(0, Instant.parse("2000-01-03T14:30:00Z"),
				Instant.parse("2003-12-24T14:30:00Z"), Instant.parse("2003-12-26T14:30:00Z"),
				Instant.parse("2004-12-21T14:30:00Z"), 1000, 250, Map.of("period", new BigDecimal("14")), flat, flat);
		SweepJob job = new SweepJob("id", "DONE", "rsi-threshold", "SPY", "1d", "SHARPE", List.of("period"), 6, 6, 1250,
				null, null, BigDecimal.ONE, BigDecimal.ZERO, Instant.EPOCH, Instant.EPOCH, null, null, List.of(),
				new SweepJob.WalkForwardRun(1, 1000, 250, "ROLLING", 6, 6, null, List.of(fold), flat));

		String text = SweepCommand.walkForward(job);

		// the drawdown column: unsigned, where a return column would read +0.00%
		assertThat(text).containsPattern(" 0\\.00% +0\\n").doesNotContain("-0.00%");
		assertThat(text).contains("max drawdown 0.00%, 0 closed trades");
	}

	@Test
	void saysWhyAWalkForwardDidNotFinish() {
		SweepJob.WalkForwardRun run = new SweepJob.WalkForwardRun(2, 100, 100, "ROLLING", 6, 6,
				"fold 1 of 2: no combination has a SHARPE on its train window", null, null);
		SweepJob job = new SweepJob("id", "DONE", "rsi-threshold", "SPY", "1d", "SHARPE", List.of("period"), 3, 3, 300,
				null, null, BigDecimal.ONE, BigDecimal.ZERO, Instant.EPOCH, Instant.EPOCH, null, null, List.of(), run);
		assertThat(SweepCommand.walkForward(job))
			.endsWith("  not finished: fold 1 of 2: no combination has a SHARPE on its train window\n");
	}

	private static SweepCommand.Options parse(String... more) {
		List<String> args = new java.util.ArrayList<>(BASE);
		args.addAll(List.of(more));
		return SweepCommand.Options.parse(args);
	}

}
