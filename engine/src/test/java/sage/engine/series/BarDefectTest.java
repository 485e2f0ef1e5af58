package sage.engine.series;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BarDefectTest {

	@Test
	void acceptsASoundBar() {
		assertThat(BarDefect.of(136.5, 137.0, 135.5625, 135.5625, 4_006_500)).isEmpty();
	}

	@Test
	void acceptsABarWithoutTradesInside() {
		assertThat(BarDefect.of(9320, 9320, 9320, 9320, 0)).isEmpty();
	}

	@Test
	void namesTheFirstDefectFound() {
		assertThat(BarDefect.of(Double.NaN, 1, 1, 1, 1)).contains(BarDefect.NOT_FINITE);
		assertThat(BarDefect.of(1, 1, 1, 1, Double.POSITIVE_INFINITY)).contains(BarDefect.NOT_FINITE);
		assertThat(BarDefect.of(0, 1, 1, 1, 1)).contains(BarDefect.NON_POSITIVE_PRICE);
		assertThat(BarDefect.of(1, 1, -1, 1, 1)).contains(BarDefect.NON_POSITIVE_PRICE);
		assertThat(BarDefect.of(10, 9, 11, 10, 1)).contains(BarDefect.HIGH_BELOW_LOW);
		assertThat(BarDefect.of(12, 11, 9, 10, 1)).contains(BarDefect.OPEN_OUTSIDE_RANGE);
		assertThat(BarDefect.of(10, 11, 9, 8.5, 1)).contains(BarDefect.CLOSE_OUTSIDE_RANGE);
		assertThat(BarDefect.of(10, 11, 9, 10, -1)).contains(BarDefect.NEGATIVE_VOLUME);
	}

	@Test
	void explainsEachDefectInWords() {
		assertThat(BarDefect.HIGH_BELOW_LOW.reason()).isEqualTo("high is below low");
		for (BarDefect defect : BarDefect.values()) {
			assertThat(defect.reason()).isNotBlank();
		}
	}

}
