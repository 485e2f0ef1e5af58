package sage.server.advisor.analysis;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import sage.engine.series.BarSeries;
import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;

class DailyFiguresTest {

	private static final Instant START = Instant.parse("2019-01-01T00:00:00Z");

	private static final long DAY = Duration.ofDays(1).toMillis();

	@Test
	void changeComparesTheNewestCloseWithTheCloseThatManyDaysBefore() {
		BarSeries bars = everyDay(100, (i) -> 100 + i);

		DailyFigures.Figure week = DailyFigures.change(bars, 7).orElseThrow();

		// 199 against 192, seven bars back
		assertThat(week.value()).isEqualByComparingTo("3.65");
		assertThat(week.from()).isEqualTo(92);
		assertThat(DailyFigures.change(bars, 30).orElseThrow().value()).isEqualByComparingTo("17.75");
	}

	@Test
	void aStocksWeekIsSevenCalendarDaysNotSevenSessions() {
		BarSeries bars = weekdays(40, (i) -> 10 + i);
		int last = bars.size() - 1;

		DailyFigures.Figure week = DailyFigures.change(bars, 7).orElseThrow();

		assertThat(bars.time(last) - bars.time(week.from())).isEqualTo(7 * DAY);
		assertThat(last - week.from()).as("five sessions").isEqualTo(5);
	}

	@Test
	void noChangeWhenTheHistoryIsShorterThanTheWindow() {
		assertThat(DailyFigures.change(everyDay(5, (i) -> 100), 7)).isEmpty();
		assertThat(DailyFigures.change(everyDay(0, (i) -> 100), 7)).isEmpty();
	}

	@Test
	void volatilityIsTheAnnualisedSampleDeviationOfTheWindowsLogReturns() {
		// up 10 %, back down, thirty times: returns +-ln(1.1), mean 0
		BarSeries bars = everyDay(61, (i) -> (i % 2 == 0) ? 100 : 110);

		DailyFigures.Figure volatility = DailyFigures.volatility(bars, 30, 365).orElseThrow();

		double expected = Math.log(1.1) * Math.sqrt(30.0 / 29.0) * Math.sqrt(365) * 100;
		assertThat(volatility.value().doubleValue()).isCloseTo(expected, org.assertj.core.data.Offset.offset(0.005));
		assertThat(volatility.value().scale()).isEqualTo(2);
		assertThat(volatility.from()).as("the close before the first return").isEqualTo(30);
	}

	@Test
	void aStillPriceHasNoVolatility() {
		assertThat(DailyFigures.volatility(everyDay(40, (i) -> 50), 30, 365).orElseThrow().value())
			.isEqualByComparingTo("0");
	}

	@Test
	void tooFewReturnsMakeNoVolatility() {
		assertThat(DailyFigures.volatility(everyDay(40, (i) -> 50 + i), 9, 365)).isEmpty();
		assertThat(DailyFigures.volatility(everyDay(20, (i) -> 50 + i), 30, 365)).isEmpty();
	}

	@Test
	void drawdownIsTheDeepestFallFromTheRunningPeakAsANegativePercent() {
		double[] closes = new double[100];
		java.util.Arrays.fill(closes, 100);
		// an older, deeper fall outside the 90-day window does not count
		closes[5] = 10;
		closes[90] = 120;
		closes[95] = 90;
		closes[99] = 110;
		BarSeries bars = everyDay(100, (i) -> closes[i]);

		DailyFigures.Figure drawdown = DailyFigures.maxDrawdown(bars, 90).orElseThrow();

		assertThat(drawdown.value()).isEqualByComparingTo("-25.00");
		assertThat(drawdown.from()).isEqualTo(10);
	}

	@Test
	void aPriceThatOnlyRoseHasNoDrawdown() {
		assertThat(DailyFigures.maxDrawdown(everyDay(100, (i) -> 1 + i), 90).orElseThrow().value())
			.isEqualByComparingTo("0");
	}

	@Test
	void supportAndResistanceAreTheWindowsLowestLowAndHighestHigh() {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, 40);
		for (int i = 0; i < 40; i++) {
			double low = (i == 5) ? 1 : (i == 20) ? 80.5 : 90;
			double high = (i == 6) ? 500 : (i == 25) ? 130.25 : 110;
			builder.add(START.toEpochMilli() + i * DAY, 100, high, low, 100, 1);
		}
		BarSeries bars = builder.build();

		assertThat(DailyFigures.lowestLow(bars, 30).orElseThrow().value()).isEqualByComparingTo("80.5");
		assertThat(DailyFigures.highestHigh(bars, 30).orElseThrow().value()).isEqualByComparingTo("130.25");
		assertThat(DailyFigures.lowestLow(bars, 30).orElseThrow().from()).isEqualTo(10);
	}

	@Test
	void aStoredPriceIsTheDecimalItWasWrittenAs() {
		assertThat(DailyFigures.decimal(8034.32).toPlainString()).isEqualTo("8034.32");
	}

	private static BarSeries everyDay(int count, java.util.function.IntToDoubleFunction close) {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, count);
		for (int i = 0; i < count; i++) {
			double c = close.applyAsDouble(i);
			builder.add(START.toEpochMilli() + i * DAY, c, c, c, c, 1);
		}
		return builder.build();
	}

	/** Sessions Monday to Friday at 14:30 UTC, as a US stock's daily bars open. */
	private static BarSeries weekdays(int count, java.util.function.IntToDoubleFunction close) {
		BarSeries.Builder builder = BarSeries.builder(Timeframe.D1, count);
		Instant day = Instant.parse("2019-01-07T14:30:00Z");
		for (int i = 0; i < count; day = day.plus(Duration.ofDays(1))) {
			DayOfWeek weekday = day.atZone(ZoneOffset.UTC).getDayOfWeek();
			if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
				double c = close.applyAsDouble(i);
				builder.add(day.toEpochMilli(), c, c, c, c, 1);
				i++;
			}
		}
		return builder.build();
	}

}
