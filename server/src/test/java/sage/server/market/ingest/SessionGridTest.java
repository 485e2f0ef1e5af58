package sage.server.market.ingest;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.series.Gap;
import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;

class SessionGridTest {

	private final SessionGrid newYork = SessionGrid.of(Fixtures.SPY);

	private final SessionGrid seoul = SessionGrid.of(Fixtures.SAMSUNG);

	private final SessionGrid aroundTheClock = SessionGrid.of(Fixtures.BTC_USD);

	@Test
	void aUsDailyBarOpensAtTheSessionStartInSummerAndInWinter() {
		assertThat(this.newYork.onGrid(at("2020-09-01T13:30:00Z"), Timeframe.D1)).isTrue();
		assertThat(this.newYork.onGrid(at("2020-11-06T14:30:00Z"), Timeframe.D1)).isTrue();
		assertThat(this.newYork.onGrid(at("2020-11-06T13:30:00Z"), Timeframe.D1)).isFalse();
		assertThat(this.newYork.onGrid(at("2020-09-01T00:00:00Z"), Timeframe.D1)).isFalse();
		assertThat(this.newYork.onGrid(at("2020-09-01T20:04:17Z"), Timeframe.D1)).isFalse();
	}

	@Test
	void intradayBarsOpenEveryIntervalFromTheSessionStart() {
		assertThat(this.newYork.onGrid(at("2020-09-01T14:30:00Z"), Timeframe.H1)).isTrue();
		assertThat(this.newYork.onGrid(at("2020-09-01T14:00:00Z"), Timeframe.H1)).isFalse();
		assertThat(this.newYork.onGrid(at("2020-09-01T14:05:00Z"), Timeframe.M5)).isTrue();
		assertThat(this.newYork.onGrid(at("2020-09-01T14:07:00Z"), Timeframe.M5)).isFalse();
		// before the session opens is no bar of the day
		assertThat(this.newYork.onGrid(at("2020-09-01T12:30:00Z"), Timeframe.H1)).isFalse();
		assertThat(this.seoul.onGrid(at("2020-09-01T01:00:00Z"), Timeframe.H1)).isTrue();
		assertThat(this.aroundTheClock.onGrid(at("2020-09-01T04:00:00Z"), Timeframe.H4)).isTrue();
		assertThat(this.aroundTheClock.onGrid(at("2020-09-01T02:00:00Z"), Timeframe.H4)).isFalse();
	}

	@Test
	void aWeeklyBarOpensOnMonday() {
		assertThat(this.newYork.onGrid(at("2020-08-31T13:30:00Z"), Timeframe.W1)).isTrue();
		assertThat(this.newYork.onGrid(at("2020-09-01T13:30:00Z"), Timeframe.W1)).isFalse();
		assertThat(this.aroundTheClock.onGrid(at("2020-08-31T00:00:00Z"), Timeframe.W1)).isTrue();
		assertThat(this.aroundTheClock.onGrid(at("2020-09-06T00:00:00Z"), Timeframe.W1)).isFalse();
	}

	@Test
	void hourlyUsBarsMakeADailyBarThatOpensAtTheSessionStart() {
		BarSeries hours = BarSeries.builder(Timeframe.H1, 4)
			.add(at("2020-11-05T14:30:00Z"), 10, 12, 9, 11, 100)
			.add(at("2020-11-05T20:30:00Z"), 11, 15, 10, 14, 50)
			.add(at("2020-11-06T14:30:00Z"), 14, 14, 13, 13.5, 10)
			.add(at("2020-11-06T15:30:00Z"), 13.5, 16, 13, 15, 20)
			.build();

		BarSeries days = this.newYork.resample(hours, Timeframe.D1);

		assertThat(days).isEqualTo(BarSeries.builder(Timeframe.D1, 2)
			.add(at("2020-11-05T14:30:00Z"), 10, 15, 9, 14, 150)
			.add(at("2020-11-06T14:30:00Z"), 14, 16, 13, 15, 30)
			.build());
	}

	@Test
	void halfPastHourlyBarsAreNotSplitAcrossUtcHours() {
		BarSeries fiveMinutes = BarSeries.builder(Timeframe.M5, 3)
			.add(at("2020-09-01T13:30:00Z"), 10, 11, 9, 10, 1)
			.add(at("2020-09-01T14:25:00Z"), 10, 12, 10, 11, 1)
			.add(at("2020-09-01T14:30:00Z"), 11, 11, 8, 9, 1)
			.build();

		BarSeries hours = this.newYork.resample(fiveMinutes, Timeframe.H1);

		assertThat(hours.times()).containsExactly(at("2020-09-01T13:30:00Z"), at("2020-09-01T14:30:00Z"));
		assertThat(hours.high(0)).isEqualTo(12);
		assertThat(hours.close(0)).isEqualTo(11);
	}

	@Test
	void dailyBarsMakeAWeekThatOpensOnTheMondaySessionStart() {
		BarSeries days = BarSeries.builder(Timeframe.D1, 3)
			// Tuesday to Thursday of the week of Monday 2 November 2020 (Monday missing)
			.add(at("2020-11-03T14:30:00Z"), 10, 11, 9, 10, 1)
			.add(at("2020-11-04T14:30:00Z"), 10, 13, 10, 12, 1)
			.add(at("2020-11-09T14:30:00Z"), 12, 12, 11, 11, 1)
			.build();

		BarSeries weeks = this.newYork.resample(days, Timeframe.W1);

		assertThat(weeks.times()).containsExactly(at("2020-11-02T14:30:00Z"), at("2020-11-09T14:30:00Z"));
		assertThat(this.newYork.bucketStart(at("2020-11-04T14:30:00Z"), Timeframe.W1))
			.isEqualTo(at("2020-11-02T14:30:00Z"));
		assertThat(this.seoul.bucketStart(at("2020-11-04T00:00:00Z"), Timeframe.W1))
			.isEqualTo(at("2020-11-02T00:00:00Z"));
	}

	@Test
	void weekendsAndNightsAreNotGapsButMissingSessionsAndHoursAre() {
		BarSeries days = BarSeries.builder(Timeframe.D1, 4)
			.add(at("2020-09-04T13:30:00Z"), 1, 1, 1, 1, 1)
			// Friday to Tuesday over Labor Day: 4 days, not a gap
			.add(at("2020-09-08T13:30:00Z"), 1, 1, 1, 1, 1)
			// Tuesday to the next Monday: a gap
			.add(at("2020-09-14T13:30:00Z"), 1, 1, 1, 1, 1)
			.build();
		assertThat(this.newYork.gaps(days))
			.containsExactly(new Gap(at("2020-09-08T13:30:00Z"), at("2020-09-14T13:30:00Z"), 5));

		BarSeries hours = BarSeries.builder(Timeframe.H1, 4)
			.add(at("2020-09-01T18:30:00Z"), 1, 1, 1, 1, 1)
			.add(at("2020-09-01T19:30:00Z"), 1, 1, 1, 1, 1)
			// the night: no gap
			.add(at("2020-09-02T13:30:00Z"), 1, 1, 1, 1, 1)
			// 14:30 and 15:30 missing: a gap
			.add(at("2020-09-02T16:30:00Z"), 1, 1, 1, 1, 1)
			.build();
		assertThat(this.newYork.gaps(hours))
			.containsExactly(new Gap(at("2020-09-02T13:30:00Z"), at("2020-09-02T16:30:00Z"), 2));

		BarSeries crypto = BarSeries.builder(Timeframe.D1, 2)
			.add(at("2020-09-04T00:00:00Z"), 1, 1, 1, 1, 1)
			.add(at("2020-09-06T00:00:00Z"), 1, 1, 1, 1, 1)
			.build();
		assertThat(this.aroundTheClock.gaps(crypto)).hasSize(1);
	}

	private static long at(String instant) {
		return Instant.parse(instant).toEpochMilli();
	}

}
