package sage.server.market.bundled;

import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import sage.engine.series.Timeframe;
import sage.server.market.PriceFile;

/**
 * Reads price files a person brings (not the bundled ones) with the bundled files'
 * checks.
 */
public final class BarFiles {

	private BarFiles() {
	}

	/**
	 * A Yahoo-style daily CSV ({@code Date,Open,High,Low,Close,Adj Close,Volume}); each
	 * day's bar is keyed at 00:00 UTC of its date, as the file says nothing of its
	 * market.
	 */
	public static PriceFile yahooDaily(byte[] bytes) {
		BarFile.Parsed parsed = BarFile.parse(bytes, BarFileFormat.YAHOO, Timeframe.D1, ZoneOffset.UTC,
				LocalTime.MIDNIGHT);
		List<PriceFile.RejectedRow> rejections = parsed.rejections()
			.stream()
			.map((r) -> new PriceFile.RejectedRow(r.line(), r.reason()))
			.toList();
		return new PriceFile(parsed.bars(), parsed.rowsRead(), rejections);
	}

}
