package sage.engine.indicator;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Oscillators stay within their ranges on synthetic bars. */
class BoundsProperties {

	@Property(tries = 300)
	void rsiStaysWithinZeroAndHundredOnSyntheticBars(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 2, max = 60) int period) {
		double[] rsi = Rsi.compute(bars.close(), period);
		for (int i = Rsi.unstableBars(period); i < rsi.length; i++) {
			assertThat(rsi[i]).as("RSI at %d", i).isBetween(0.0, 100.0);
		}
	}

	@Property(tries = 300)
	void stochasticStaysWithinZeroAndHundredOnSyntheticBars(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 1, max = 60) int fastK, @ForAll @IntRange(min = 1, max = 5) int slowK,
			@ForAll @IntRange(min = 1, max = 5) int slowD) {
		Stochastic.Lines lines = Stochastic.compute(bars.high(), bars.low(), bars.close(), fastK, slowK, slowD);
		for (int i = Stochastic.unstableBars(fastK, slowK, slowD); i < bars.size(); i++) {
			assertThat(lines.k()[i]).as("%%K at %d", i).isBetween(0.0, 100.0);
			assertThat(lines.d()[i]).as("%%D at %d", i).isBetween(0.0, 100.0);
		}
	}

	@Property(tries = 300)
	void williamsRStaysWithinMinusHundredAndZeroOnSyntheticBars(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 2, max = 60) int period) {
		double[] r = WilliamsR.compute(bars.high(), bars.low(), bars.close(), period);
		for (int i = WilliamsR.unstableBars(period); i < r.length; i++) {
			assertThat(r[i]).as("%%R at %d", i).isBetween(-100.0, 0.0);
		}
	}

	@Provide
	Arbitrary<SyntheticBars> bars() {
		return SyntheticBars.arbitrary(1, 300);
	}

}
