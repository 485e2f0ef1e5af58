package sage.engine.strategy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.BacktestResult;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class BacktestProgressTest {

	/** A synthetic random walk of 150,000 bars (not market data). */
	private static final BarSeries WALK = walk(150_000);

	@Test
	void reportsEveryBlockOfBarsAndTheEndInOrder() {
		List<int[]> reports = new ArrayList<>();
		Backtest.run(WALK, SyntheticBars.plain(), rsiThreshold(),
				(done, total) -> reports.add(new int[] { done, total }));
		assertThat(reports).extracting((r) -> r[0]).containsExactly(65_536, 131_072, 150_000);
		assertThat(reports).extracting((r) -> r[1]).containsOnly(150_000);
	}

	@Test
	void watchingDoesNotChangeTheResult() {
		BacktestResult plain = Backtest.run(WALK, SyntheticBars.plain(), rsiThreshold());
		BacktestResult watched = Backtest.run(WALK, SyntheticBars.plain(), rsiThreshold(), (done, total) -> {
		});
		assertThat(watched.fills()).isNotEmpty().isEqualTo(plain.fills());
		assertThat(watched.finalEquity()).isEqualByComparingTo(plain.finalEquity());
	}

	@Test
	void aFailingListenerEndsTheBacktest() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Backtest.run(WALK, SyntheticBars.plain(), rsiThreshold(), (done, total) -> {
				throw new IllegalStateException("stop at " + done);
			}))
			.withMessage("stop at 65536");
	}

	private static Strategy rsiThreshold() {
		return RsiThreshold.DEFINITION.create(Map.of("size", BigDecimal.ONE));
	}

	private static BarSeries walk(int bars) {
		SplittableRandom random = new SplittableRandom(7);
		List<Integer> cents = new ArrayList<>(bars * 4);
		for (int i = 0; i < bars * 4; i++) {
			cents.add(random.nextInt(-60, 61));
		}
		return SyntheticBars.walk(cents);
	}

}
