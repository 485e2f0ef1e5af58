package sage.engine.indicator;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.volume.VWAPIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * {@link Vwap} against a naive reference written here (TA-Lib has no VWAP): for every
 * bar, re-sum price times volume and volume from the session's first bar.
 */
class VwapTest {

	static List<String> series() {
		return TaLibCsv.names();
	}

	/** O(n^2) on purpose: no running state shared with the code under test. */
	static double[] naive(long[] session, double[] high, double[] low, double[] close, double[] volume) {
		double[] out = new double[close.length];
		for (int t = 0; t < close.length; t++) {
			int start = t;
			while (start > 0 && session[start - 1] == session[t]) {
				start--;
			}
			double pv = 0;
			double v = 0;
			for (int j = start; j <= t; j++) {
				pv += (high[j] + low[j] + close[j]) / 3 * volume[j];
				v += volume[j];
			}
			out[t] = (v == 0) ? Double.NaN : pv / v;
		}
		return out;
	}

	@ParameterizedTest
	@MethodSource("series")
	void matchesANaiveReferenceWithMonthlySessionsOnRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		String[] dates = csv.dates();
		long[] month = new long[dates.length];
		for (int i = 0; i < dates.length; i++) {
			LocalDate date = LocalDate.parse(dates[i]);
			month[i] = date.getYear() * 12L + date.getMonthValue();
		}
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		double[] volume = csv.volume();
		double[] expected = naive(month, high, low, close, volume);
		double[] actual = Vwap.compute(month, high, low, close, volume);
		int compared = 0;
		for (int i = 0; i < expected.length; i++) {
			// the 2006 series has zero volume: the VWAP is undefined there, in both
			assertThat(Double.isNaN(actual[i])).as("NaN at %d", i).isEqualTo(Double.isNaN(expected[i]));
			if (!Double.isNaN(expected[i])) {
				assertThat(actual[i]).as("%s at %d", name, i)
					.isCloseTo(expected[i], org.assertj.core.api.Assertions.within(1e-9 * Math.abs(expected[i])));
				compared++;
			}
		}
		assertThat(compared).isEqualTo(TaLibCsv.DAY_2006.equals(name) ? 0 : expected.length);
	}

	@ParameterizedTest
	@MethodSource("series")
	void withoutSessionsMatchesTheNaiveReferenceOverTheWholeRealSeries(String name) {
		TaLibCsv csv = TaLibCsv.load(name);
		assumeFalse(TaLibCsv.DAY_2006.equals(name), "the 2006 series has no volume");
		double[] close = csv.close();
		double[] expected = naive(new long[close.length], csv.high(), csv.low(), close, csv.volume());
		TaLibCsv.assertMatches(name + " VWAP", expected, Vwap.compute(csv.high(), csv.low(), close, csv.volume()),
				Vwap.unstableBars());
	}

	@ParameterizedTest
	@MethodSource("series")
	void withoutSessionsMatchesTa4jVwapWithAWholeSeriesWindowOnRealSeries(String name) {
		// zero volume throughout the 2006 series: ta4j divides by zero there, ours is NaN
		assumeFalse(TaLibCsv.DAY_2006.equals(name), "the 2006 series has no volume");
		TaLibCsv csv = TaLibCsv.load(name);
		String[] dates = csv.dates();
		double[] open = csv.column("open");
		double[] high = csv.high();
		double[] low = csv.low();
		double[] close = csv.close();
		double[] volume = csv.volume();
		BarSeries series = new BaseBarSeriesBuilder().withName(name)
			.withNumFactory(DoubleNumFactory.getInstance())
			.build();
		for (int i = 0; i < close.length; i++) {
			series.barBuilder()
				.timePeriod(Duration.ofDays(1))
				.endTime(LocalDate.parse(dates[i]).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC))
				.openPrice(open[i])
				.highPrice(high[i])
				.lowPrice(low[i])
				.closePrice(close[i])
				.volume(volume[i])
				.add();
		}
		VWAPIndicator ta4j = new VWAPIndicator(series, close.length);
		double[] expected = new double[close.length];
		for (int i = 0; i < close.length; i++) {
			expected[i] = ta4j.getValue(i).doubleValue();
		}
		TaLibCsv.assertMatches(name + " VWAP vs ta4j", expected, Vwap.compute(high, low, close, volume),
				Vwap.unstableBars());
	}

	@Test
	void restartsAtEachUtcMidnightOnSyntheticHourlyBars() {
		long start = LocalDate.of(2024, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
		long hour = 3_600_000L;
		long[] time = { start + 22 * hour, start + 23 * hour, start + 24 * hour, start + 25 * hour };
		double[] price = { 10, 20, 30, 40 };
		double[] volume = { 1, 3, 2, 2 };
		double[] vwap = Vwap.compute(Vwap.utcDays(time), price, price, price, volume);
		assertThat(vwap).containsExactly(10, 17.5, 30, 35);
	}

	@Test
	void utcDaysRoundsTimesBeforeTheEpochDown() {
		assertThat(Vwap.utcDays(new long[] { -1, 0, 86_399_999, 86_400_000 })).containsExactly(-1, 0, 0, 1);
	}

	@Test
	void isUndefinedUntilTheSessionTrades() {
		double[] price = { 10, 20, 30 };
		assertThat(Vwap.compute(price, price, price, new double[] { 0, 0, 1 })).containsExactly(Double.NaN, Double.NaN,
				30);
	}

	@Test
	void rejectsSessionKeysOfAnotherLength() {
		double[] price = { 10, 20 };
		assertThatIllegalArgumentException().isThrownBy(() -> Vwap.compute(new long[1], price, price, price, price))
			.withMessageContaining("one key per bar");
	}

}
