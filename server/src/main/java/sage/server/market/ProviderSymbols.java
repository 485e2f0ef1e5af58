package sage.server.market;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;
import sage.server.market.venue.Venue;
import sage.server.market.venue.VenueSymbols;

/**
 * How each provider spells an instrument, when it lists it at all: {@code 005930.KS} at
 * Yahoo, {@code bitcoin} at CoinGecko, {@code BTCUSDT} at Binance, {@code 005930} at KIS.
 */
public final class ProviderSymbols {

	/**
	 * CoinGecko's coin ids of the assets Sage quotes in US dollars. CoinGecko names coins
	 * by id, not ticker, and tickers are not unique there, so the list is explicit.
	 */
	private static final Map<String, String> COINGECKO_IDS = Map.ofEntries(Map.entry("BTC", "bitcoin"),
			Map.entry("ETH", "ethereum"), Map.entry("SOL", "solana"), Map.entry("XRP", "ripple"),
			Map.entry("BNB", "binancecoin"), Map.entry("DOGE", "dogecoin"), Map.entry("ADA", "cardano"),
			Map.entry("TRX", "tron"), Map.entry("AVAX", "avalanche-2"), Map.entry("LINK", "chainlink"),
			Map.entry("DOT", "polkadot"), Map.entry("LTC", "litecoin"));

	private ProviderSymbols() {
	}

	/** The provider's spelling of {@code instrument}, empty when it does not list it. */
	public static Optional<String> of(String provider, Instrument instrument) {
		return switch (provider) {
			case YahooFinance.NAME -> yahoo(instrument);
			case CoinGecko.NAME -> coinGecko(instrument);
			default -> venue(provider).flatMap((venue) -> atVenue(venue, instrument));
		};
	}

	/** The canonical symbol a provider's spelling stands for, as far as it can tell. */
	public static String canonical(String provider, String venueSymbol) {
		String symbol = venueSymbol.toUpperCase(Locale.ROOT);
		if (provider.equals(YahooFinance.NAME)) {
			return symbol.replaceFirst("\\.K[SQ]$", "");
		}
		if (provider.equals(CoinGecko.NAME)) {
			return COINGECKO_IDS.entrySet()
				.stream()
				.filter((entry) -> entry.getValue().equalsIgnoreCase(venueSymbol))
				.map((entry) -> entry.getKey() + "-USD")
				.findFirst()
				.orElse(symbol);
		}
		return venue(provider).map((venue) -> {
			try {
				return VenueSymbols.fromVenue(venue, venueSymbol);
			}
			catch (IllegalArgumentException ex) {
				return symbol;
			}
		}).orElse(symbol);
	}

	private static Optional<String> yahoo(Instrument instrument) {
		return switch (instrument.assetClass()) {
			case US_STOCK, CRYPTO_SPOT -> Optional.of(instrument.symbol());
			// a KOSDAQ listing carries its .KQ spelling as an alias; the KRX main board
			// is .KS
			case KR_STOCK -> Optional.of(instrument.aliases()
				.stream()
				.filter((alias) -> alias.matches("[0-9A-Z]{6}\\.K[SQ]"))
				.findFirst()
				.orElse(instrument.symbol() + ".KS"));
			// Yahoo writes indices with a caret: KOSPI is ^KS11
			case INDEX -> Optional.of(instrument.aliases()
				.stream()
				.filter((alias) -> alias.startsWith("^"))
				.findFirst()
				.orElse(instrument.symbol()));
			case CRYPTO_PERP -> Optional.empty();
		};
	}

	private static Optional<String> coinGecko(Instrument instrument) {
		if (instrument.assetClass() != AssetClass.CRYPTO_SPOT || !instrument.symbol().endsWith("-USD")) {
			return Optional.empty();
		}
		return Optional
			.ofNullable(COINGECKO_IDS.get(instrument.symbol().substring(0, instrument.symbol().length() - 4)));
	}

	private static Optional<String> atVenue(Venue venue, Instrument instrument) {
		boolean listed = (venue == Venue.KIS) ? instrument.assetClass() == AssetClass.KR_STOCK
				: instrument.assetClass() == AssetClass.CRYPTO_SPOT;
		if (!listed) {
			return Optional.empty();
		}
		try {
			return Optional.of(VenueSymbols.toVenue(venue, instrument.symbol()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static Optional<Venue> venue(String provider) {
		for (Venue venue : Venue.values()) {
			if (venue.providerName().equals(provider)) {
				return Optional.of(venue);
			}
		}
		return Optional.empty();
	}

}
