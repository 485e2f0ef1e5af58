package sage.engine.strategy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.SimulationSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sanity runs over real data: the server's bundled SPY daily bars (1999-11..2020-08,
 * pandas-ta's sample). The strategies must trade and end with positive equity; the
 * figures are not targets.
 */
class RealDataRunTest {

	private static final Path SPY = Path.of("../server/src/main/resources/market/bundled/pandas-ta/SPY_D.csv");

	private static final SimulationSettings SETTINGS = new SimulationSettings(
			new InstrumentSpec(new BigDecimal("0.01"), BigDecimal.ONE, BigDecimal.ZERO),
			PercentFee.of(new BigDecimal("0.001")), new NoSlippage(), new BigDecimal("100000"));

	@Test
	void hyperRsiTradesSpyWithDefaultsAndEndsWithEquity() throws IOException {
		BacktestResult result = Backtest.run(spy(), SETTINGS, HyperRsi.DEFINITION.create(Map.of()));
		// the default filter (EMA 200 slope over 20 bars, ADX 20) lets daily RSI(14) dips
		// in
		// the long uptrends through: 16 round trips in 21 years, sized at 10% of equity
		// each
		assertThat(result.trades()).hasSize(16);
		assertThat(result.finalEquity()).isPositive();
	}

	@Test
	void gridTradesSpyReCentringAndEndsWithEquity() throws IOException {
		Grid grid = (Grid) Grid.DEFINITION
			.create(Map.of("lower", BigDecimal.valueOf(120), "upper", BigDecimal.valueOf(150), "levels",
					BigDecimal.valueOf(10), "quantityPerLevel", BigDecimal.TEN, "rebalance", BigDecimal.ONE));
		BacktestResult result = Backtest.run(spy(), SETTINGS, grid);
		assertThat(grid.completedCycles()).isGreaterThan(20);
		assertThat(result.fills()).hasSizeGreaterThan(2 * grid.completedCycles());
		assertThat(result.finalEquity()).isPositive();
	}

	static BarSeries spy() throws IOException {
		List<String> lines = Files.readAllLines(SPY);
		assertThat(lines.get(0)).isEqualTo(",date,open,high,low,close,volume");
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, lines.size());
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",");
			long time = LocalDate.parse(cells[1]).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
			builder.add(time, Double.parseDouble(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4]),
					Double.parseDouble(cells[5]), Double.parseDouble(cells[6]));
		}
		return builder.build();
	}

}
