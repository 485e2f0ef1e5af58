package sage.engine.metrics;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;
import sage.engine.strategy.Backtest;
import sage.engine.strategy.RsiThreshold;
import sage.engine.strategy.YahooCsv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The report of the backtrader parity run (rsi-threshold on real ORCL daily bars
 * 1995-2014), checked against numbers that follow from the reference file and the data.
 */
class BacktestReportTest {

	private static BarSeries orcl;

	private static BacktestReport report;

	@BeforeAll
	static void run() {
		orcl = YahooCsv.read("/reference/backtrader/orcl-1995-2014.txt");
		BacktestResult result = Backtest.run(orcl,
				new SimulationSettings(new InstrumentSpec(new BigDecimal("0.000001"), BigDecimal.ONE, BigDecimal.ZERO),
						PercentFee.of(new BigDecimal("0.001")), new NoSlippage(), new BigDecimal("100000")),
				RsiThreshold.DEFINITION.create(Map.of()));
		report = BacktestReport.of(orcl, result, 0, Annualisation.of(252));
	}

	@Test
	void totalReturnIsBacktradersFinalValueOverTheCash() {
		assertThat(report.strategy().totalReturn()).isCloseTo(100308.86328159997 / 100000 - 1, within(1e-12));
	}

	@Test
	void tradeStatsFollowFromTheReferenceFillPairs() {
		// computed from the 14 buy/sell pairs of the reference file, net of both
		// commissions
		TradeStats trades = report.trades();
		assertThat(trades.count()).isEqualTo(14);
		assertThat(trades.winRate()).isCloseTo(11 / 14.0, within(1e-15));
		assertThat(trades.profitFactor()).isCloseTo(1.1827372385563022, within(1e-9));
		assertThat(trades.averageWin()).isCloseTo(181.73342408181816, within(1e-9));
		assertThat(trades.averageLoss()).isCloseTo(-563.4014611, within(1e-9));
	}

	@Test
	void buyAndHoldEarnsTheFirstToLastCloseReturn() {
		assertThat(report.buyAndHold().totalReturn()).isCloseTo(44.970001 / 2.117284 - 1, within(1e-9));
		assertThat(report.buyAndHold().exposure()).isEqualTo(1.0);
	}

	@Test
	void exposureIsTheShareOfBarsHeld() {
		// 14 round trips held for months each, out of 20 years: invested part of the time
		assertThat(report.strategy().exposure()).isGreaterThan(0.1).isLessThan(0.9);
	}

}
