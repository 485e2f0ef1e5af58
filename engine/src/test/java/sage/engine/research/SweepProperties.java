package sage.engine.research;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import sage.engine.series.BarSeries;
import sage.engine.sim.SyntheticBars;
import sage.engine.strategy.RsiThreshold;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep's results do not depend on how many threads run it: random small
 * {@code rsi-threshold} grids over random-walk bars, one thread against several.
 */
class SweepProperties {

	@Property(tries = 15)
	void resultsDoNotDependOnTheThreadCount(@ForAll("moves") List<Integer> moves,
			@ForAll @Size(min = 1, max = 3) Set<@IntRange(min = 2, max = 9) Integer> periods,
			@ForAll @IntRange(min = 10, max = 45) int lowFrom, @ForAll @IntRange(min = 1, max = 4) int lows,
			@ForAll @IntRange(min = 2, max = 4) int threads) {
		BarSeries bars = SyntheticBars.walk(moves);
		Sweep sweep = Sweep.of(RsiThreshold.DEFINITION,
				List.of(ParamRange.values("period", periods.stream().sorted().map(BigDecimal::valueOf).toList()),
						ParamRange.of("low", BigDecimal.valueOf(lowFrom), BigDecimal.valueOf(lowFrom + 5L * lows),
								BigDecimal.valueOf(5), false),
						ParamRange.of("high", "55", "70", "7.5", true)));
		List<SweepResult> one = sweep.run(bars, SyntheticBars.plain(), SweepTest.SCORING, 1, SweepProgress.NONE,
				() -> false);
		List<SweepResult> many = sweep.run(bars, SyntheticBars.plain(), SweepTest.SCORING, threads, SweepProgress.NONE,
				() -> false);
		assertThat(many).hasSize(sweep.size()).isEqualTo(one);
		for (int i = 0; i < one.size(); i++) {
			assertThat(one.get(i).params()).isEqualTo(sweep.combination(i));
		}
	}

	@Provide
	Arbitrary<List<Integer>> moves() {
		return Arbitraries.integers().between(-300, 300).list().ofMinSize(4 * 30).ofMaxSize(4 * 120);
	}

}
