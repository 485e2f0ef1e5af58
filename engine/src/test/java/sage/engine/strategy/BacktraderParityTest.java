package sage.engine.strategy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.Fill;
import sage.engine.sim.InstrumentSpec;
import sage.engine.sim.NoSlippage;
import sage.engine.sim.PercentFee;
import sage.engine.sim.Side;
import sage.engine.sim.SimulationSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code rsi-threshold} against backtrader on real data: ORCL daily 1995-2014 and the
 * fills backtrader 1.9.78.123 produced for RSI(14) 30/70, 100 shares, cash 100000,
 * commission 0.1% of value (see {@code reference/backtrader/PROVENANCE.md}; of the files
 * it lists, only {@code orcl-1995-2014.txt} and the trades file are copied here).
 *
 * <p>
 * backtrader semantics reproduced: the strategy decides at the close of bar t, a market
 * order fills at the open of bar t + 1 (raw open, no slippage); the first RSI value
 * exists on bar 14 (backtrader's minimum period, our {@code Rsi.unstableBars(14)}); the
 * final value is cash plus the position at the last close (the run ends flat here, so it
 * is cash).
 *
 * <p>
 * Differences that do not change the outcome: backtrader computes RSI as
 * {@code 100 - 100 / (1 + up / down)} with {@code avg * (1 - 1/n) + x / n} smoothing, our
 * {@code Rsi} as {@code 100 * up / (up + down)} with TA-Lib's
 * {@code (avg * (n - 1) + x) / n}; the two can differ in the last bits, which would only
 * matter for an RSI within an ulp of 30 or 70 (none on this series). backtrader keeps
 * cash and commissions in binary floating point, we keep them exact in
 * {@code BigDecimal}: commissions differ by at most 1e-16, the final value by 3e-11.
 */
class BacktraderParityTest {

	private static final String DIR = "/reference/backtrader/";

	private static BacktestResult result;

	private static List<ReferenceFill> reference;

	private static BigDecimal referenceFinalValue;

	@BeforeAll
	static void runBothSides() throws IOException {
		readReference();
		BarSeries orcl = YahooCsv.read(DIR + "orcl-1995-2014.txt");
		assertThat(orcl.size()).isEqualTo(5036);
		SimulationSettings settings = new SimulationSettings(
				new InstrumentSpec(new BigDecimal("0.000001"), BigDecimal.ONE, BigDecimal.ZERO),
				PercentFee.of(new BigDecimal("0.001")), new NoSlippage(), new BigDecimal("100000"));
		Strategy strategy = RsiThreshold.DEFINITION.create(Map.of("period", BigDecimal.valueOf(14), "low",
				BigDecimal.valueOf(30), "high", BigDecimal.valueOf(70), "size", BigDecimal.valueOf(100)));
		result = Backtest.run(orcl, settings, strategy);
	}

	@Test
	void sameNumberOfFillsAsBacktrader() {
		assertThat(result.fills()).hasSize(reference.size()).hasSize(28);
	}

	@Test
	void everyFillMatchesBacktraderInDateSideSizePriceAndCommission() {
		for (int i = 0; i < reference.size(); i++) {
			ReferenceFill expected = reference.get(i);
			Fill actual = result.fills().get(i);
			String where = "fill " + i + " (" + expected.date() + ")";
			assertThat(LocalDate.ofInstant(Instant.ofEpochMilli(actual.time()), ZoneOffset.UTC)).as(where)
				.isEqualTo(expected.date());
			assertThat(actual.side()).as(where).isEqualTo(expected.side());
			assertThat(actual.side().signed(actual.quantity())).as(where).isEqualByComparingTo(expected.size());
			assertThat(actual.price().doubleValue()).as(where).isCloseTo(expected.price(), within(1e-9));
			assertThat(actual.fee().doubleValue()).as(where).isCloseTo(expected.commission(), within(1e-9));
		}
	}

	@Test
	void finalValueMatchesBacktrader() {
		assertThat(result.finalEquity().doubleValue()).isCloseTo(referenceFinalValue.doubleValue(), within(1e-6));
		// the exact decimal of 100000 + sum((sell - buy) * 100) - sum(0.1% of each fill's
		// value)
		assertThat(result.finalEquity()).isEqualByComparingTo("100308.8632816");
		assertThat(result.finalAccount().position().isFlat()).isTrue();
	}

	@Test
	void roundTripsAreTheFillPairs() {
		assertThat(result.trades()).hasSize(14);
		BigDecimal net = result.trades().stream().map((trade) -> trade.pnl()).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(result.finalEquity().subtract(result.initialCash())).isEqualByComparingTo(net);
	}

	private static void readReference() throws IOException {
		reference = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(BacktraderParityTest.class
			.getResourceAsStream(DIR + "orcl-1995-2014_rsi14_30_70_trades_backtrader.csv"), StandardCharsets.UTF_8))) {
			String comment = reader.readLine();
			assertThat(comment).startsWith("#").contains("final_value=");
			referenceFinalValue = new BigDecimal(comment.substring(comment.indexOf("final_value=") + 12).trim());
			assertThat(reader.readLine()).isEqualTo("date,side,size,price,commission");
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",");
				reference.add(new ReferenceFill(LocalDate.parse(cells[0]), Side.valueOf(cells[1]),
						new BigDecimal(cells[2]), Double.parseDouble(cells[3]), Double.parseDouble(cells[4])));
			}
		}
	}

	private record ReferenceFill(LocalDate date, Side side, BigDecimal size, double price, double commission) {
	}

}
