package sage.server.market.ingest;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.provider.RawBar;

import static org.assertj.core.api.Assertions.assertThat;

class BarScreenTest {

	private static final SessionGrid CRYPTO = SessionGrid.of(Fixtures.BTC_USD);

	private static final Instant NOW = Instant.parse("2020-01-10T12:00:00Z");

	@Test
	void soundRowsPassInOrderAndABarStillFormingIsKept() {
		List<RawBar> rows = List.of(bar("2020-01-08T00:00:00Z", 10, 12, 9, 11, 5),
				bar("2020-01-09T00:00:00Z", 11, 11, 11, 11, 0), bar("2020-01-10T00:00:00Z", 11, 13, 10, 12, 3));

		BarScreen.Screened screened = BarScreen.screen(rows, Timeframe.D1, CRYPTO, NOW);

		assertThat(screened.rejected()).isEmpty();
		assertThat(screened.accepted().size()).isEqualTo(3);
		assertThat(screened.accepted().time(2)).isEqualTo(Instant.parse("2020-01-10T00:00:00Z").toEpochMilli());
		assertThat(screened.accepted().close(2)).isEqualTo(12);
	}

	@Test
	void eachKindOfBadRowIsRefusedWithItsReason() {
		List<RawBar> rows = List.of(bar("2020-01-01T00:00:00Z", 10, 12, 9, 11, 5),
				bar("2020-01-02T00:00:00Z", Double.NaN, 12, 9, 11, 5),
				bar("2020-01-03T00:00:00Z", 10, Double.POSITIVE_INFINITY, 9, 11, 5),
				bar("2020-01-04T00:00:00Z", 0, 12, 9, 11, 5), bar("2020-01-05T00:00:00Z", 10, 12, -9, 11, 5),
				bar("2020-01-06T00:00:00Z", 10, 8, 9, 8.5, 5), bar("2020-01-07T00:00:00Z", 13, 12, 9, 11, 5),
				bar("2020-01-08T00:00:00Z", 10, 12, 9, 8, 5), bar("2020-01-09T00:00:00Z", 10, 12, 9, 11, -1),
				bar("2020-01-09T00:00:00Z", 10, 12, 9, 11, 1), bar("2020-01-08T12:00:00Z", 10, 12, 9, 11, 1),
				bar("2020-01-09T06:00:00Z", 10, 12, 9, 11, 1), bar("2020-01-11T00:00:00Z", 10, 12, 9, 11, 1));

		BarScreen.Screened screened = BarScreen.screen(rows, Timeframe.D1, CRYPTO, NOW);

		assertThat(screened.rejected()).extracting(RejectedBar::reason)
			.containsExactly("price or volume is not a finite number", "price or volume is not a finite number",
					"price is zero or negative", "price is zero or negative", "high is below low",
					"open is outside the high-low range", "close is outside the high-low range", "volume is negative",
					"open time out of order (before 2020-01-09T00:00:00Z)", "open time is not on the 1d grid",
					"open time in the future");
		assertThat(screened.accepted().times()).containsExactly(Instant.parse("2020-01-01T00:00:00Z").toEpochMilli(),
				Instant.parse("2020-01-09T00:00:00Z").toEpochMilli());
		// the bad row at 01-09 does not hide the good one sent after it
		assertThat(screened.accepted().volume(1)).isEqualTo(1);
	}

	@Test
	void aRepeatedOpenTimeKeepsTheFirstRowAndAStepBackIsOutOfOrder() {
		List<RawBar> rows = List.of(bar("2020-01-02T00:00:00Z", 10, 12, 9, 11, 5),
				bar("2020-01-02T00:00:00Z", 10, 12, 9, 10, 7), bar("2020-01-03T00:00:00Z", 10, 12, 9, 11, 5),
				bar("2020-01-01T00:00:00Z", 10, 12, 9, 11, 5));

		BarScreen.Screened screened = BarScreen.screen(rows, Timeframe.D1, CRYPTO, NOW);

		assertThat(screened.rejected()).extracting(RejectedBar::reason)
			.containsExactly("duplicate open time", "open time out of order (before 2020-01-03T00:00:00Z)");
		assertThat(screened.rejected().get(0).bar().close()).isEqualTo(10);
		assertThat(screened.accepted().size()).isEqualTo(2);
		assertThat(screened.accepted().close(0)).isEqualTo(11);
	}

	private static RawBar bar(String openTime, double open, double high, double low, double close, double volume) {
		return new RawBar(Instant.parse(openTime), open, high, low, close, volume);
	}

}
