package sage.server.market;

import sage.engine.series.BarSeries;

/**
 * Bars of one instrument over a requested time range.
 *
 * @param instrument the instrument
 * @param bars the bars, oldest first
 * @param truncated whether older bars in the range were left out to respect the limit
 */
public record BarWindow(Instrument instrument, BarSeries bars, boolean truncated) {
}
