package sage.server.market.provider.yahoo;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import sage.server.market.provider.RawBar;

/**
 * What Yahoo's v8 chart answers for one symbol and range: bars and the corporate events
 * in that range.
 *
 * <p>
 * Yahoo's open, high, low and close are adjusted for splits but not for dividends; the
 * splits are reported so that a stored history can be checked against them.
 *
 * @param bars oldest first; a bar Yahoo sent with a {@code null} price holds {@code NaN}
 * there (ingestion rejects it), a {@code null} volume is {@code NaN}
 * @param dividends oldest first
 * @param splits oldest first
 * @param currency the prices' currency, if Yahoo says
 * @param exchangeTimezone the venue's IANA time zone, if Yahoo says
 */
public record YahooChart(List<RawBar> bars, List<Dividend> dividends, List<Split> splits, @Nullable String currency,
		@Nullable String exchangeTimezone) {

	public YahooChart {
		bars = List.copyOf(bars);
		dividends = List.copyOf(dividends);
		splits = List.copyOf(splits);
	}

	/** A chart with nothing in it. */
	static YahooChart empty() {
		return new YahooChart(List.of(), List.of(), List.of(), null, null);
	}

	/** This chart followed by {@code later}, a chart of the range right after it. */
	YahooChart followedBy(YahooChart later) {
		return new YahooChart(concat(this.bars, later.bars), concat(this.dividends, later.dividends),
				concat(this.splits, later.splits), (this.currency != null) ? this.currency : later.currency,
				(this.exchangeTimezone != null) ? this.exchangeTimezone : later.exchangeTimezone);
	}

	private static <T> List<T> concat(List<T> first, List<T> second) {
		List<T> all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

}
