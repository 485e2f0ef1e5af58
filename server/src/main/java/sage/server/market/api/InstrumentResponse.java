package sage.server.market.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import sage.server.market.Instrument;
import sage.server.market.LastPrice;
import sage.server.market.SeriesCoverage;
import sage.server.market.TickBand;

/** An instrument as the API shows it. */
@Schema(name = "Instrument", description = "Something Sage can quote or trade, and the history it holds.")
record InstrumentResponse(@Schema(example = "005930", description = "Canonical symbol") String symbol,
		@Schema(example = "Samsung Electronics") String name,
		@Schema(example = "삼성전자", description = "Name in the home market's language") @Nullable String localName,
		@Schema(example = "KR_STOCK", allowableValues = {
				"US_STOCK", "KR_STOCK", "CRYPTO_SPOT", "CRYPTO_PERP", "INDEX" }) String assetClass,
		@Schema(example = "KRX") String venue, @Schema(example = "KRW") String currency,
		@Schema(example = "Asia/Seoul", description = "IANA time zone of the venue") String timezone,
		@Schema(example = "09:00-15:30", description = "Regular session in local time, or 24/7") String tradingHours,
		@Schema(description = "Tick size by price band, lowest band first") List<TickSize> tickSizes,
		@Schema(example = "1",
				description = "Smallest quantity step; absent for an index") @Nullable BigDecimal lotSize,
		@Schema(example = "1",
				description = "Smallest order value the venue accepts, in the quote currency; absent where it sets none") @Nullable BigDecimal minNotional,
		@Schema(example = "[\"005930.KS\"]") List<String> aliases, List<Series> series, @Nullable Last last){

	static InstrumentResponse of(Instrument instrument) {
		return new InstrumentResponse(instrument.symbol(), instrument.name(), instrument.localName(),
				instrument.assetClass().name(), instrument.venue(), instrument.currency(),
				instrument.timezone().getId(), instrument.tradingHours(),
				instrument.tickSizes().stream().map(TickSize::of).toList(), instrument.lotSize(),
				instrument.minNotional(), instrument.aliases(), instrument.series().stream().map(Series::of).toList(),
				(instrument.last() != null) ? Last.of(instrument.last()) : null);
	}

	/** From {@code fromPrice} upwards prices step by {@code tick}. */
	@Schema(name = "TickSize")
	record TickSize(@Schema(example = "50000") BigDecimal fromPrice, @Schema(example = "100") BigDecimal tick) {

		static TickSize of(TickBand band) {
			return new TickSize(band.fromPrice(), band.tick());
		}

	}

	/** Stored history at one interval. */
	@Schema(name = "SeriesCoverage")
	record Series(@Schema(example = "1d") String interval,
			@Schema(example = "1985-01-04T00:00:00Z") @Nullable Instant firstBar,
			@Schema(example = "2018-02-14T00:00:00Z") @Nullable Instant lastBar, @Schema(example = "8826") int bars,
			@Schema(example = "RLTrader (quantylab/rltrader), KRX daily prices, MIT",
					description = "Attribution of the data") String source) {

		static Series of(SeriesCoverage coverage) {
			return new Series(coverage.timeframe().code(), coverage.firstBar(), coverage.lastBar(), coverage.bars(),
					coverage.source());
		}

	}

	/** The latest daily close and its change. */
	@Schema(name = "LastPrice")
	record Last(@Schema(example = "2018-02-14T00:00:00Z") Instant time, @Schema(example = "2385000") double close,
			@Schema(example = "2370000") @Nullable Double previousClose,
			@Schema(example = "15000") @Nullable Double change,
			@Schema(example = "0.63") @Nullable Double changePercent) {

		static Last of(LastPrice last) {
			return new Last(last.time(), last.close(), last.previousClose(), last.change(), last.changePercent());
		}

	}

}
