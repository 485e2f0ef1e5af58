package sage.server.market.bundled;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;

import static org.assertj.core.api.Assertions.assertThat;

class BarFileTest {

	private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

	private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Test
	void readsPandasTaDailyRowsAtTheSessionOpen() {
		BarFile.Parsed parsed = parse("""
				,date,open,high,low,close,volume
				0,1999-11-01,136.5,137.0,135.5625,135.5625,4006500.0
				1,2020-08-28,349.44,350.72,348.15,350.58,48588940.0""", BarFileFormat.PANDAS_TA, Timeframe.D1, NEW_YORK,
				LocalTime.of(9, 30));
		assertThat(parsed.rowsRead()).isEqualTo(2);
		assertThat(parsed.rejections()).isEmpty();
		// 09:30 in New York is 14:30 UTC in winter and 13:30 UTC in summer
		assertThat(Instant.ofEpochMilli(parsed.bars().time(0))).isEqualTo(Instant.parse("1999-11-01T14:30:00Z"));
		assertThat(Instant.ofEpochMilli(parsed.bars().time(1))).isEqualTo(Instant.parse("2020-08-28T13:30:00Z"));
		assertThat(parsed.bars().close(1)).isEqualTo(350.58);
		assertThat(parsed.bars().volume(0)).isEqualTo(4006500.0);
	}

	@Test
	void readsRltraderRowsWithByteOrderMarkAndThousandsSeparators() {
		BarFile.Parsed parsed = parse("\uFEFF" + """
				1985-01-04,"6,511","6,511","6,473","6,473","2,232"
				2018-01-25,"2,543,000","2,550,000","2,501,000","2,520,000","285,712\"""", BarFileFormat.RLTRADER,
				Timeframe.D1, SEOUL, LocalTime.of(9, 0));
		assertThat(parsed.rejections()).isEmpty();
		assertThat(Instant.ofEpochMilli(parsed.bars().time(0))).isEqualTo(Instant.parse("1985-01-04T00:00:00Z"));
		assertThat(parsed.bars().open(1)).isEqualTo(2_543_000);
		assertThat(parsed.bars().volume(1)).isEqualTo(285_712);
	}

	@Test
	void skipsTheBlankTabOnlyLinesAtTheEndOfTheKospiFile() {
		BarFile.Parsed parsed = parse("""
				2015-11-04\t"2,054"\t"2,056"\t"2,042"\t"2,053"\t"545,085"
				\t\t\t\t\t
				\t\t\t\t\t
				""", BarFileFormat.RLTRADER_TSV, Timeframe.D1, SEOUL, LocalTime.of(9, 0));
		assertThat(parsed.rowsRead()).isEqualTo(1);
		assertThat(parsed.rejections()).isEmpty();
		assertThat(parsed.bars().close(0)).isEqualTo(2053);
	}

	@Test
	void readsNewestFirstHourlyCryptoRowsIntoTimeOrderInUtc() {
		BarFile.Parsed parsed = parse("""
				Timestamps are UTC timezone,https://www.CryptoDataDownload.com
				date,symbol,open,high,low,close,volume_btc,volume
				2019-10-17 12-PM,BTCUSD,8051,8056.83,8021.23,8035.88,61.25,492394.56
				2019-10-17 09-AM,BTCUSD,7975.89,8070,7975.89,8051,370.45,2971610.86
				2019-10-17 12-AM,BTCUSD,7990,8000,7970,7975.89,10,79800""", BarFileFormat.CRYPTODATADOWNLOAD,
				Timeframe.H1, ZoneOffset.UTC, LocalTime.MIDNIGHT);
		assertThat(parsed.rejections()).isEmpty();
		assertThat(parsed.bars().times()).containsExactly(Instant.parse("2019-10-17T00:00:00Z").toEpochMilli(),
				Instant.parse("2019-10-17T09:00:00Z").toEpochMilli(),
				Instant.parse("2019-10-17T12:00:00Z").toEpochMilli());
		// base-currency volume (BTC), not the USD column
		assertThat(parsed.bars().volume(1)).isEqualTo(370.45);
	}

	@Test
	void rejectsDamagedRowsWithLineAndReasonAndKeepsTheRest() {
		// synthetic rows, written for this test
		BarFile.Parsed parsed = parse("""
				,date,open,high,low,close,volume
				0,2020-01-02,10,11,9,10.5,100
				1,2020-01-03,10,9,11,10,100
				2,2020-01-06,10,11,9,NaN,100
				3,2020-01-07,0,11,9,10,100
				4,2020-01-08,10,11,9,12,100
				5,not-a-date,10,11,9,10,100
				6,2020-01-09,10,11,9
				7,2020-01-02,10,11,9,10.25,100
				8,2020-01-10,"10,11,9,10,100
				9,2020-01-13,10,11,9,10,-5
				10,2020-01-14,10,11,9,10,abc
				11,2020-01-15,10.5,11,9,10,100""", BarFileFormat.PANDAS_TA, Timeframe.D1, NEW_YORK,
				LocalTime.of(9, 30));
		assertThat(parsed.rowsRead()).isEqualTo(12);
		assertThat(parsed.rejections()).extracting(Rejection::line).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
		assertThat(parsed.rejections()).extracting(Rejection::reason)
			.containsExactly("high is below low", "price or volume is not a finite number", "price is zero or negative",
					"close is outside the high-low range", "unreadable date 'not-a-date'", "expected 7 fields, found 5",
					"repeats the bar of line 2", "unterminated quote", "volume is negative", "not a number: 'abc'");
		assertThat(parsed.bars().size()).isEqualTo(2);
		assertThat(parsed.bars().close(0)).isEqualTo(10.5);
	}

	@Test
	void rejectsDailyRowsInAnHourlyFile() {
		BarFile.Parsed parsed = parse("""
				banner
				header
				2019-10-17,BTCUSD,7993.54,8070,7937.01,8034.32,1570.08,12537245.82""", BarFileFormat.CRYPTODATADOWNLOAD,
				Timeframe.H1, ZoneOffset.UTC, LocalTime.MIDNIGHT);
		assertThat(parsed.rejections()).extracting(Rejection::reason).containsExactly("row is not a 1h bar");
	}

	private static BarFile.Parsed parse(String text, BarFileFormat format, Timeframe timeframe, ZoneId zone,
			LocalTime open) {
		return BarFile.parse(text.getBytes(StandardCharsets.UTF_8), format, timeframe, zone, open);
	}

}
