package sage.engine.strategy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.sim.SyntheticBars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** What {@link Backtest} shows a strategy at each close. */
class BacktestTest {

	private static final BarSeries BARS = SyntheticBars.of(SyntheticBars.bar(100, 101, 99, 100.5),
			SyntheticBars.bar(100.5, 102, 100, 101.5), SyntheticBars.bar(101.5, 103, 101, 102.5),
			SyntheticBars.bar(102.5, 104, 102, 103.5));

	@Test
	void showsExactlyTheBarsClosedSoFar() {
		List<String> seen = new ArrayList<>();
		Backtest.run(BARS, SyntheticBars.plain(), (context) -> {
			ClosedBars bars = context.bars();
			seen.add(context.index() + ":" + bars.size() + ":" + bars.lastClose());
			if (context.index() + 1 < BARS.size()) {
				assertThatExceptionOfType(IndexOutOfBoundsException.class)
					.isThrownBy(() -> bars.close(context.index() + 1));
			}
		});
		assertThat(seen).containsExactly("0:1:100.5", "1:2:101.5", "2:3:102.5", "3:4:103.5");
	}

	@Test
	void aViewKeptFromAnEarlierBarShowsOnlyBarsClosedSince() {
		List<ClosedBars> kept = new ArrayList<>();
		List<Integer> keptSizes = new ArrayList<>();
		Backtest.run(BARS, SyntheticBars.plain(), (context) -> {
			if (kept.isEmpty()) {
				kept.add(context.bars());
			}
			// read at this close: never a bar that has not closed
			keptSizes.add(kept.get(0).size());
			assertThat(kept.get(0).size()).isEqualTo(context.index() + 1);
		});
		assertThat(keptSizes).containsExactly(1, 2, 3, 4);
	}

}
