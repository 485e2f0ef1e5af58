package sage.engine.indicator;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exactly {@code unstableBars} leading {@code NaN}s and none after, for every indicator
 * line, on synthetic bars (finite prices, positive volume).
 */
class WarmUpProperties {

	@Property(tries = 200)
	void exactlyUnstableBarsLeadingNaNsOnSyntheticBars(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 2, max = 60) int period) {
		for (IndicatorCases c : IndicatorCases.all(period)) {
			double[][] lines = c.batch().apply(bars);
			for (int line = 0; line < lines.length; line++) {
				for (int i = 0; i < bars.size(); i++) {
					assertThat(Double.isNaN(lines[line][i])).as("%s line %d NaN at %d", c.name(), line, i)
						.isEqualTo(i < c.unstable()[line]);
				}
			}
		}
	}

	@Provide
	Arbitrary<SyntheticBars> bars() {
		return SyntheticBars.arbitrary(1, 300);
	}

}
