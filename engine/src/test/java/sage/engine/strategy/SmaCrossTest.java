package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.Fill;
import sage.engine.sim.Side;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** sma-cross on a hand-written synthetic V then down again, SMA(2) against SMA(3). */
class SmaCrossTest {

	private static final double[] CLOSES = { 10, 9, 8, 7, 6, 7, 8, 9, 10, 11, 10, 9, 8, 7 };

	@Test
	void buysAfterTheCrossUpAndClosesAfterTheCrossDownAtTheNextOpens() {
		double[][] bars = new double[CLOSES.length][];
		for (int i = 0; i < CLOSES.length; i++) {
			bars[i] = SyntheticBars.bar(CLOSES[i], CLOSES[i], CLOSES[i], CLOSES[i]);
		}
		BarSeries series = SyntheticBars.of(bars);
		// spread fast - slow: -0.5 on bars 2-4, -0.17 on 5, +0.5 on 6 (up), ..., +0.17 on
		// 10, -0.5 on 11 (down)
		BacktestResult result = Backtest.run(series, SyntheticBars.plain(), SmaCross.DEFINITION
			.create(Map.of("fast", BigDecimal.valueOf(2), "slow", BigDecimal.valueOf(3), "size", BigDecimal.TEN)));
		assertThat(result.fills()).extracting(Fill::bar, Fill::side)
			.containsExactly(tuple(7, Side.BUY), tuple(12, Side.SELL));
		assertThat(result.fills()).extracting(Fill::price)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("9"), new BigDecimal("8"));
		assertThat(result.trades()).singleElement()
			.extracting((trade) -> trade.pnl())
			.isEqualTo(new BigDecimal("-10.0"));
	}

}
