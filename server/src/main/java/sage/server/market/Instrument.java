package sage.server.market;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import sage.engine.series.Timeframe;

/**
 * Something Sage can quote or trade, under its canonical symbol ({@code SPY},
 * {@code 005930}, {@code BTC-USD}), with what it takes to price it correctly and what
 * history Sage holds.
 *
 * @param symbol the canonical symbol
 * @param name English name
 * @param localName name in the home market's language ({@code 삼성전자}), if different
 * @param assetClass what kind of instrument it is
 * @param venue where it trades ({@code KRX}, {@code NYSE Arca}, {@code Coinbase})
 * @param currency the quote currency (ISO 4217 where one exists)
 * @param timezone the venue's time zone; daily bars open at the session start there
 * @param tradingHours regular session in local time ({@code 09:00-15:30}) or {@code 24/7}
 * @param tickSizes price bands of the tick size, lowest first
 * @param lotSize the smallest tradable quantity step; empty for what cannot be traded
 * @param minNotional the smallest order value the venue accepts, in the quote currency;
 * empty where the venue sets none
 * @param aliases other spellings that find it ({@code 005930.KS}, {@code BTCUSD})
 * @param series stored history per timeframe
 * @param last the latest daily close, if any history is stored
 */
public record Instrument(String symbol, String name, @Nullable String localName, AssetClass assetClass, String venue,
		String currency, ZoneId timezone, String tradingHours, List<TickBand> tickSizes, @Nullable BigDecimal lotSize,
		@Nullable BigDecimal minNotional, List<String> aliases, List<SeriesCoverage> series,
		@Nullable LastPrice last) implements Serializable {

	public Instrument {
		tickSizes = List.copyOf(tickSizes);
		aliases = List.copyOf(aliases);
		series = List.copyOf(series);
	}

	/** An instrument whose venue sets no minimum order value. */
	public Instrument(String symbol, String name, @Nullable String localName, AssetClass assetClass, String venue,
			String currency, ZoneId timezone, String tradingHours, List<TickBand> tickSizes,
			@Nullable BigDecimal lotSize, List<String> aliases, List<SeriesCoverage> series, @Nullable LastPrice last) {
		this(symbol, name, localName, assetClass, venue, currency, timezone, tradingHours, tickSizes, lotSize, null,
				aliases, series, last);
	}

	/** The tick size that applies at {@code price}. */
	public BigDecimal tickAt(BigDecimal price) {
		BigDecimal tick = this.tickSizes.get(0).tick();
		for (TickBand band : this.tickSizes) {
			if (price.compareTo(band.fromPrice()) >= 0) {
				tick = band.tick();
			}
		}
		return tick;
	}

	/**
	 * A tag that changes whenever bars of {@code timeframe} are stored (newest bar and
	 * count): part of a cache key, so a cached read of the series goes stale with it.
	 */
	public String seriesVersion(Timeframe timeframe) {
		return coverage(timeframe).map((c) -> c.lastBar() + "/" + c.bars()).orElse("none");
	}

	/** What is stored at {@code timeframe}, if anything. */
	public Optional<SeriesCoverage> coverage(Timeframe timeframe) {
		return this.series.stream().filter((s) -> s.timeframe() == timeframe).findFirst();
	}

}
