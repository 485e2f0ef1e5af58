package sage.engine.indicator;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No look-ahead (freqtrade's check as a property): every value computed on the first
 * {@code t} synthetic bars equals, bit for bit, the value at the same bar computed on the
 * whole series.
 */
class LookAheadProperties {

	@Property(tries = 200)
	void aPrefixGivesTheSameValuesAsTheWholeSyntheticSeries(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 2, max = 60) int period, @ForAll @IntRange(min = 1, max = 300) int cut) {
		int t = Math.min(cut, bars.size());
		SyntheticBars prefix = bars.prefix(t);
		for (IndicatorCases c : IndicatorCases.all(period)) {
			double[][] full = c.batch().apply(bars);
			double[][] partial = c.batch().apply(prefix);
			for (int line = 0; line < full.length; line++) {
				for (int i = 0; i < t; i++) {
					assertThat(Double.doubleToLongBits(partial[line][i]))
						.as("%s line %d at %d of %d", c.name(), line, i, t)
						.isEqualTo(Double.doubleToLongBits(full[line][i]));
				}
			}
		}
	}

	@Provide
	Arbitrary<SyntheticBars> bars() {
		return SyntheticBars.arbitrary(1, 300);
	}

}
