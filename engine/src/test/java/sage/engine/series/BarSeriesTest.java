package sage.engine.series;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BarSeriesTest {

	private static final long DAY = 86_400_000L;

	private static BarSeries threeDays() {
		return BarSeries.builder(Timeframe.D1, 2)
			.add(0, 10, 11, 9, 10.5, 100)
			.add(DAY, 10.5, 12, 10, 11.5, 200)
			.add(2 * DAY, 11.5, 11.5, 10.5, 11, 150)
			.build();
	}

	@Test
	void keepsBarsAsColumns() {
		BarSeries series = threeDays();
		assertThat(series.size()).isEqualTo(3);
		assertThat(series.timeframe()).isEqualTo(Timeframe.D1);
		assertThat(series.times()).containsExactly(0, DAY, 2 * DAY);
		assertThat(series.closes()).containsExactly(10.5, 11.5, 11);
		assertThat(series.highs()).containsExactly(11, 12, 11.5);
		assertThat(series.lows()).containsExactly(9, 10, 10.5);
		assertThat(series.volumes()).containsExactly(100, 200, 150);
		assertThat(series.high(1)).isEqualTo(12);
		assertThat(series.low(2)).isEqualTo(10.5);
		assertThat(series.open(0)).isEqualTo(10);
		assertThat(series.volume(1)).isEqualTo(200);
	}

	@Test
	void growsPastItsCapacityHint() {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.H1, 1);
		for (int i = 0; i < 1000; i++) {
			builder.add(i * 3_600_000L, 1, 2, 1, 2, i);
		}
		BarSeries series = builder.build();
		assertThat(series.size()).isEqualTo(1000);
		assertThat(series.volume(999)).isEqualTo(999);
	}

	@Test
	void rejectsABarThatDoesNotFollowThePreviousOne() {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 2).add(DAY, 1, 1, 1, 1, 1);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.add(DAY, 1, 1, 1, 1, 1))
			.withMessageContaining("does not follow");
		assertThatIllegalArgumentException().isThrownBy(() -> builder.add(0, 1, 1, 1, 1, 1));
		assertThat(builder.size()).isEqualTo(1);
	}

	@Test
	void rejectsADefectiveBar() {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 2);
		assertThatIllegalArgumentException().isThrownBy(() -> builder.add(0, 10, 9, 11, 10, 1))
			.withMessageContaining("high is below low");
		assertThat(builder.size()).isZero();
	}

	@Test
	void returnsCopiesSoTheSeriesStaysImmutable() {
		BarSeries series = threeDays();
		series.closes()[0] = -1;
		series.highs()[0] = -1;
		series.lows()[0] = -1;
		series.volumes()[0] = -1;
		series.times()[0] = -1;
		assertThat(series.close(0)).isEqualTo(10.5);
		assertThat(series.high(0)).isEqualTo(11);
		assertThat(series.low(0)).isEqualTo(9);
		assertThat(series.volume(0)).isEqualTo(100);
		assertThat(series.time(0)).isZero();
	}

	@Test
	void findsTheFirstBarAtOrAfterATime() {
		BarSeries series = threeDays();
		assertThat(series.indexAtOrAfter(-1)).isZero();
		assertThat(series.indexAtOrAfter(0)).isZero();
		assertThat(series.indexAtOrAfter(1)).isEqualTo(1);
		assertThat(series.indexAtOrAfter(2 * DAY)).isEqualTo(2);
		assertThat(series.indexAtOrAfter(3 * DAY)).isEqualTo(3);
	}

	@Test
	void slicesByOpenTimeWithAnExclusiveEnd() {
		BarSeries series = threeDays();
		assertThat(series.between(DAY, 2 * DAY).times()).containsExactly(DAY);
		assertThat(series.between(0, Long.MAX_VALUE)).isEqualTo(series);
		assertThat(series.between(2 * DAY, DAY).isEmpty()).isTrue();
		assertThat(series.last(2).times()).containsExactly(DAY, 2 * DAY);
		assertThat(series.last(10)).isSameAs(series);
		assertThat(series.last(0).isEmpty()).isTrue();
	}

}
