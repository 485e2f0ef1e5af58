package sage.server.trading.backtest;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import sage.engine.research.MonteCarlo;
import sage.engine.research.MonteCarloResult;
import sage.server.trading.BacktestRun;
import sage.server.trading.MonteCarloSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Monte Carlo block of a backtest, on trade lists whose outcome is known. */
class TradeMonteCarloTest {

	private static final double[] TEN = { 0.05, -0.02, 0.03, -0.08, 0.12, -0.04, 0.01, 0.06, -0.01, 0.02 };

	@Test
	void reportsTheEnginesRunsInMoneyBesideTheTradesInOrder() {
		BacktestRun.MonteCarloFigures mc = TradeMonteCarlo.of(TEN, 50_000, MonteCarloSpec.DEFAULT);

		MonteCarloResult engine = MonteCarlo.run(TEN, 1000, MonteCarloSpec.SEED, MonteCarlo.Resampling.BOOTSTRAP);
		assertThat(mc.status()).isEqualTo("DONE");
		assertThat(mc.detail()).isEqualTo("1,000 bootstrap runs of 10 closed trades (seed 1)");
		assertThat(mc.runs()).isEqualTo(1000);
		assertThat(mc.resampling()).isEqualTo("BOOTSTRAP");
		assertThat(mc.trades()).isEqualTo(10);
		assertThat(mc.maxDrawdown()).isEqualTo(new BacktestRun.Percentiles(engine.maxDrawdown().percentile(5),
				engine.maxDrawdown().percentile(25), engine.maxDrawdown().percentile(50),
				engine.maxDrawdown().percentile(75), engine.maxDrawdown().percentile(95), engine.maxDrawdown().max()));
		assertThat(mc.finalEquity().p50()).isEqualTo(50_000 * engine.finalEquity().percentile(50));
		assertThat(mc.finalEquity().worst()).isEqualTo(50_000 * engine.finalEquity().min());
		// in order: 1.05, 1.029, 1.05987, 0.97508 (8% below the peak) ... the deepest
		// fall
		// is the -8% trade alone
		assertThat(mc.historicalMaxDrawdown()).isCloseTo(0.08, within(1e-12));
		double product = Arrays.stream(TEN).reduce(1, (equity, r) -> equity * (1 + r));
		assertThat(mc.historicalFinalEquity()).isCloseTo(50_000 * product, within(1e-6));
		assertThat(mc.drawdownMultiple()).isEqualTo(1.5);
		assertThat(mc.probabilityOfDrawdownBeyond()).isEqualTo(engine.probabilityOfDrawdownBeyond(0.12))
			.isBetween(0.01, 0.99);
	}

	@Test
	void theSameTradesGiveTheSameFiguresEveryTime() {
		MonteCarloSpec shuffle = new MonteCarloSpec(500, MonteCarlo.Resampling.SHUFFLE);
		assertThat(TradeMonteCarlo.of(TEN, 1000, shuffle)).isEqualTo(TradeMonteCarlo.of(TEN.clone(), 1000, shuffle));
	}

	@Test
	void shufflingKeepsTheFinalEquityAndOnlyMovesTheDrawdown() {
		BacktestRun.MonteCarloFigures mc = TradeMonteCarlo.of(TEN, 1000,
				new MonteCarloSpec(2000, MonteCarlo.Resampling.SHUFFLE));
		assertThat(mc.finalEquity().p5()).isCloseTo(mc.historicalFinalEquity(), within(1e-9));
		assertThat(mc.finalEquity().worst()).isCloseTo(mc.historicalFinalEquity(), within(1e-9));
		// every order holds the -8% trade, so no run draws down less than 8%
		assertThat(mc.maxDrawdown().p5()).isGreaterThanOrEqualTo(0.08 - 1e-12);
		assertThat(mc.maxDrawdown().worst()).isGreaterThan(mc.maxDrawdown().p50());
	}

	@Test
	void fewerThanFiveTradesIsNotEnough() {
		BacktestRun.MonteCarloFigures mc = TradeMonteCarlo.of(new double[] { 0.1, -0.05, 0.02, 0.03 }, 1000,
				MonteCarloSpec.DEFAULT);
		assertThat(mc.status()).isEqualTo("NOT_ENOUGH_TRADES");
		assertThat(mc.detail()).isEqualTo("4 closed trades; a Monte Carlo needs at least 5.");
		assertThat(mc.trades()).isEqualTo(4);
		assertThat(mc.maxDrawdown()).isNull();
		assertThat(mc.finalEquity()).isNull();
		assertThat(mc.historicalMaxDrawdown()).isNull();
		assertThat(mc.probabilityOfDrawdownBeyond()).isNull();
		assertThat(TradeMonteCarlo.of(new double[] { 0.1 }, 1000, MonteCarloSpec.DEFAULT).detail())
			.isEqualTo("1 closed trade; a Monte Carlo needs at least 5.");
	}

	@Test
	void zeroRunsTurnsItOff() {
		BacktestRun.MonteCarloFigures mc = TradeMonteCarlo.of(TEN, 1000, MonteCarloSpec.OFF);
		assertThat(mc.status()).isEqualTo("OFF");
		assertThat(mc.runs()).isZero();
		assertThat(mc.maxDrawdown()).isNull();
	}

	@Test
	void aTradeThatLostMoreThanItsEquityCannotBeCompounded() {
		double[] ruin = { 0.1, 0.1, -1.2, 0.1, 0.1 };
		BacktestRun.MonteCarloFigures mc = TradeMonteCarlo.of(ruin, 1000, MonteCarloSpec.DEFAULT);
		assertThat(mc.status()).isEqualTo("UNDEFINED");
		assertThat(mc.maxDrawdown()).isNull();
	}

}
