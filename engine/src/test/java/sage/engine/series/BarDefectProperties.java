package sage.engine.series;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** Invariants of {@link BarDefect} over generated (synthetic) bars. */
class BarDefectProperties {

	@Property
	void aBarInsideItsRangeIsSound(@ForAll("soundBars") double[] bar) {
		assertThat(BarDefect.of(bar[0], bar[1], bar[2], bar[3], bar[4])).isEmpty();
	}

	@Property
	void swappingHighAndLowOfAWideBarIsADefect(@ForAll("soundBars") double[] bar) {
		if (bar[1] > bar[2]) {
			assertThat(BarDefect.of(bar[0], bar[2], bar[1], bar[3], bar[4])).isPresent();
		}
	}

	@Property
	void anyNaNIsADefect(@ForAll("soundBars") double[] bar, @ForAll("columns") int column) {
		bar[column] = Double.NaN;
		assertThat(BarDefect.of(bar[0], bar[1], bar[2], bar[3], bar[4])).contains(BarDefect.NOT_FINITE);
	}

	@Provide
	Arbitrary<Integer> columns() {
		return Arbitraries.integers().between(0, 4);
	}

	@Provide
	Arbitrary<double[]> soundBars() {
		Arbitrary<Double> low = Arbitraries.doubles().between(1e-6, 1e7).ofScale(8);
		Arbitrary<Double> unit = Arbitraries.doubles().between(0, 1).ofScale(6);
		Arbitrary<Double> width = Arbitraries.doubles().between(0, 2).ofScale(6);
		Arbitrary<Double> volume = Arbitraries.doubles().between(0, 1e12);
		return Combinators.combine(low, width, unit, unit, volume).as((l, w, o, c, v) -> {
			double h = l * (1 + w);
			return new double[] { Math.min(h, Math.max(l, l + (h - l) * o)), h, l,
					Math.min(h, Math.max(l, l + (h - l) * c)), v };
		});
	}

}
