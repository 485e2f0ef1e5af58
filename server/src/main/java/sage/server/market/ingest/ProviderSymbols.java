package sage.server.market.ingest;

import java.util.Arrays;
import java.util.Optional;

import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueSymbols;

/**
 * How a provider spells an instrument's symbol: Yahoo adds {@code .KS} to a KRX code
 * ({@code 005930.KS}) and takes US stocks and crypto pairs as Sage writes them
 * ({@code SPY}, {@code BTC-USD}); an exchange venue spells pairs its own way
 * ({@link VenueSymbols}); CoinGecko's coin ids cannot be derived and must be configured.
 */
final class ProviderSymbols {

	private ProviderSymbols() {
	}

	/**
	 * The symbol {@code job}'s provider knows {@code instrument} by: the job's configured
	 * spelling if it has one, otherwise the provider's convention.
	 * @throws IllegalArgumentException when the provider's spelling cannot be derived
	 */
	static String of(IngestionJob job, Instrument instrument) {
		Optional<String> configured = job.providerSymbol(instrument.symbol());
		if (configured.isPresent()) {
			return configured.get();
		}
		return switch (job.provider()) {
			case YahooFinance.NAME -> yahoo(instrument);
			case CoinGecko.NAME -> throw new IllegalArgumentException(
					"coingecko needs the coin id of " + instrument.symbol() + ": set sage.market.ingestion.jobs."
							+ job.name() + ".provider-symbols." + instrument.symbol() + " (e.g. bitcoin)");
			default -> venue(job.provider()).map((venue) -> VenueSymbols.toVenue(venue, instrument.symbol()))
				.orElse(instrument.symbol());
		};
	}

	private static String yahoo(Instrument instrument) {
		if (instrument.assetClass() == AssetClass.KR_STOCK) {
			// a KOSDAQ listing carries its .KQ spelling as an alias; KRX main board is
			// .KS
			return instrument.aliases()
				.stream()
				.filter((alias) -> alias.matches("[0-9A-Z]{6}\\.K[SQ]"))
				.findFirst()
				.orElse(instrument.symbol() + ".KS");
		}
		if (instrument.assetClass() == AssetClass.INDEX) {
			// Yahoo writes indices with a caret: KOSPI is ^KS11
			return instrument.aliases()
				.stream()
				.filter((alias) -> alias.startsWith("^"))
				.findFirst()
				.orElse(instrument.symbol());
		}
		return instrument.symbol();
	}

	private static Optional<Venue> venue(String provider) {
		return Arrays.stream(Venue.values()).filter((venue) -> venue.providerName().equals(provider)).findFirst();
	}

}
