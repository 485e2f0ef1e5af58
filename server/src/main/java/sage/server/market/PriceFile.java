package sage.server.market;

import java.util.List;

import sage.engine.series.BarSeries;

/**
 * Bars read from a file someone brought, with the rows that were refused.
 *
 * @param bars the sound rows, in time order
 * @param rowsRead data rows in the file
 * @param rejections refused rows: line number and reason
 */
public record PriceFile(BarSeries bars, int rowsRead, List<RejectedRow> rejections) {

	public PriceFile {
		rejections = List.copyOf(rejections);
	}

	/**
	 * A refused row.
	 *
	 * @param line 1-based line number in the file
	 * @param reason what is wrong with it
	 */
	public record RejectedRow(int line, String reason) {
	}

}
