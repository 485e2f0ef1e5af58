package sage.engine.research;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.Trade;
import sage.engine.strategy.Backtest;
import sage.engine.strategy.RsiThreshold;
import sage.engine.strategy.YahooCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Monte Carlo resampling on trade lists whose outcomes can be worked out by hand.
 */
class MonteCarloTest {

	private static final double[] MIXED = { 0.05, -0.02, 0.03, -0.08, 0.12, -0.04, 0.01, 0.06, -0.01, 0.02 };

	@Test
	void theSameSeedGivesTheSameDistributionAndAnotherSeedAnother() {
		for (MonteCarlo.Resampling resampling : MonteCarlo.Resampling.values()) {
			MonteCarloResult first = MonteCarlo.run(MIXED, 500, 42, resampling);
			MonteCarloResult again = MonteCarlo.run(MIXED, 500, 42, resampling);
			MonteCarloResult other = MonteCarlo.run(MIXED, 500, 43, resampling);
			assertThat(again.maxDrawdown().values()).containsExactly(first.maxDrawdown().values());
			assertThat(again.finalEquity().values()).containsExactly(first.finalEquity().values());
			assertThat(other.maxDrawdown().values()).isNotEqualTo(first.maxDrawdown().values());
		}
	}

	@Test
	void allWinningTradesNeverDrawDown() {
		MonteCarloResult result = MonteCarlo.run(new double[] { 0.01, 0.2, 0.03, 0.5, 0.07 }, 200, 7,
				MonteCarlo.Resampling.SHUFFLE);
		assertThat(result.maxDrawdown().max()).isZero();
		assertThat(result.maxDrawdown().percentiles()).isEqualTo(new Percentiles(0, 0, 0, 0, 0));
		assertThat(result.probabilityOfDrawdownBeyond(0)).isZero();
	}

	@Test
	void aSingleLossIsTheDrawdownOfEveryShuffle() {
		// the peak before the loss falls 30%; gains after it only recover
		MonteCarloResult result = MonteCarlo.run(new double[] { 0.1, 0.1, -0.3, 0.05, 0.2 }, 300, 7,
				MonteCarlo.Resampling.SHUFFLE);
		assertThat(result.maxDrawdown().min()).isCloseTo(0.3, within(1e-12));
		assertThat(result.maxDrawdown().max()).isCloseTo(0.3, within(1e-12));
		assertThat(result.probabilityOfDrawdownBeyond(0.29)).isEqualTo(1.0);
	}

	@Test
	void twoLossesDrawDownTogetherOnlyWhenAdjacent() {
		// a +50% trade between the losses recovers the first (0.8 * 1.5 > 1), so the
		// deepest drawdown is 20%, unless they are adjacent: 1 - 0.8 * 0.9 = 28%. Of the
		// 5! orders, 2 * 4! put them side by side: probability 2/5
		MonteCarloResult result = MonteCarlo.run(new double[] { -0.2, -0.1, 0.5, 0.5, 0.5 }, 20_000, 11,
				MonteCarlo.Resampling.SHUFFLE);
		assertThat(Arrays.stream(result.maxDrawdown().values())
			.allMatch((drawdown) -> Math.abs(drawdown - 0.2) < 1e-12 || Math.abs(drawdown - 0.28) < 1e-12)).isTrue();
		assertThat(result.probabilityOfDrawdownBeyond(0.25)).isCloseTo(0.4, within(0.02));
		assertThat(result.maxDrawdown().percentile(5)).isCloseTo(0.2, within(1e-12));
		assertThat(result.maxDrawdown().percentile(95)).isCloseTo(0.28, within(1e-12));
	}

	@Test
	void shufflingKeepsTheFinalEquityBootstrappingSpreadsIt() {
		double product = Arrays.stream(MIXED).reduce(1, (equity, r) -> equity * (1 + r));
		MonteCarloResult shuffled = MonteCarlo.run(MIXED, 1000, 5, MonteCarlo.Resampling.SHUFFLE);
		assertThat(shuffled.finalEquity().min()).isCloseTo(product, within(1e-12));
		assertThat(shuffled.finalEquity().max()).isCloseTo(product, within(1e-12));
		MonteCarloResult bootstrapped = MonteCarlo.run(MIXED, 1000, 5, MonteCarlo.Resampling.BOOTSTRAP);
		Percentiles spread = bootstrapped.finalEquity().percentiles();
		assertThat(spread.p5()).isLessThan(product).isLessThan(spread.p95());
		assertThat(spread.p95()).isGreaterThan(product);
	}

	@Test
	void replayingTradesInOrderCompoundsThemAndMeasuresTheDrawdownTradeToTrade() {
		// 1 -> 1.1 -> 0.88 (20% below the peak) -> 1.32 (new peak) -> 1.188 (10% below)
		MonteCarlo.Outcome outcome = MonteCarlo.replay(new double[] { 0.1, -0.2, 0.5, -0.1 });
		assertThat(outcome.maxDrawdown()).isCloseTo(0.2, within(1e-12));
		assertThat(outcome.finalEquity()).isCloseTo(1.188, within(1e-12));
		assertThat(MonteCarlo.replay(new double[0])).isEqualTo(new MonteCarlo.Outcome(0, 1));
	}

	@Test
	void whenEveryOrderIsTheSameEveryRunIsTheReplay() {
		double[] same = { -0.05, -0.05, -0.05, -0.05, -0.05 };
		MonteCarlo.Outcome replay = MonteCarlo.replay(same);
		for (MonteCarlo.Resampling resampling : MonteCarlo.Resampling.values()) {
			MonteCarloResult result = MonteCarlo.run(same, 50, 3, resampling);
			assertThat(result.maxDrawdown().values()).containsOnly(replay.maxDrawdown());
			assertThat(result.finalEquity().values()).containsOnly(replay.finalEquity());
		}
		// five 5% losses in a row: 1 - 0.95^5
		assertThat(replay.maxDrawdown()).isCloseTo(1 - Math.pow(0.95, 5), within(1e-12));
	}

	@Test
	void percentilesInterpolateBetweenOrderStatistics() {
		Distribution distribution = Distribution.of(new double[] { 5, 1, 4, 2, 3 });
		assertThat(distribution.percentiles()).isEqualTo(new Percentiles(1.2, 2, 3, 4, 4.8));
		assertThat(distribution.percentile(0)).isEqualTo(1);
		assertThat(distribution.percentile(100)).isEqualTo(5);
		assertThat(distribution.shareAbove(3)).isEqualTo(0.4);
		assertThat(Distribution.of(new double[] { 7 }).percentiles()).isEqualTo(new Percentiles(7, 7, 7, 7, 7));
	}

	@Test
	void noTradesMeansFlatRuns() {
		MonteCarloResult result = MonteCarlo.run(new double[0], 10, 1, MonteCarlo.Resampling.BOOTSTRAP);
		assertThat(result.finalEquity().values()).containsOnly(1.0);
		assertThat(result.maxDrawdown().values()).containsOnly(0.0);
	}

	@Test
	void rejectsImpossibleReturnsAndRunCounts() {
		assertThatThrownBy(() -> MonteCarlo.run(new double[] { -1.5 }, 10, 1, MonteCarlo.Resampling.SHUFFLE))
			.hasMessageContaining("at least -1");
		assertThatThrownBy(() -> MonteCarlo.run(new double[] { Double.NaN }, 10, 1, MonteCarlo.Resampling.SHUFFLE))
			.hasMessageContaining("finite");
		assertThatThrownBy(() -> MonteCarlo.run(MIXED, 0, 1, MonteCarlo.Resampling.SHUFFLE))
			.hasMessageContaining("runs");
		assertThatThrownBy(() -> MonteCarlo.run(MIXED, MonteCarlo.MAX_RUNS + 1, 1, MonteCarlo.Resampling.SHUFFLE))
			.hasMessageContaining("runs");
	}

	@Test
	void tradeReturnsOfAStrategyFlatBetweenTradesCompoundToItsFinalEquity() {
		BarSeries orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
		BacktestResult result = Backtest.run(orcl, SweepTest.SETTINGS, RsiThreshold.DEFINITION.create(Map.of()));
		double[] returns = MonteCarlo.tradeReturns(result);
		List<Trade> trades = result.trades();
		assertThat(returns).hasSize(14);
		// the first trade entered with the initial cash
		assertThat(returns[0]).isEqualTo(trades.get(0).pnl().doubleValue() / 100_000);
		// flat between trades and at the end: equity at each entry is the cash so far
		double compounded = Arrays.stream(returns).reduce(1, (equity, r) -> equity * (1 + r));
		assertThat(compounded).isCloseTo(result.finalEquity().doubleValue() / 100_000, within(1e-12));
	}

}
