package sage.engine.indicator;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.assertj.core.api.Assertions.assertThat;

/** Streaming equals batch to the last bit, for every indicator, on synthetic bars. */
class StreamingProperties {

	@Property(tries = 200)
	void streamingEqualsBatchBitForBitOnSyntheticBars(@ForAll("bars") SyntheticBars bars,
			@ForAll @IntRange(min = 2, max = 60) int period) {
		for (IndicatorCases c : IndicatorCases.all(period)) {
			double[][] batch = c.batch().apply(bars);
			double[][] stream = c.stream().apply(bars);
			assertThat(stream.length).as(c.name()).isEqualTo(batch.length);
			for (int line = 0; line < batch.length; line++) {
				for (int i = 0; i < bars.size(); i++) {
					assertThat(Double.doubleToLongBits(stream[line][i])).as("%s line %d at %d", c.name(), line, i)
						.isEqualTo(Double.doubleToLongBits(batch[line][i]));
				}
			}
		}
	}

	@Provide
	Arbitrary<SyntheticBars> bars() {
		return SyntheticBars.arbitrary(1, 300);
	}

}
