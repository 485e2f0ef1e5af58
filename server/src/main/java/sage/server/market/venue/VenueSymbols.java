package sage.server.market.venue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Sage's canonical symbols and the spellings venues use, both ways.
 *
 * <p>
 * A canonical pair is {@code BASE-QUOTE} in upper case ({@code BTC-USDT},
 * {@code BTC-KRW}); a Korean stock is its six-character KRX code ({@code 005930}). Venues
 * differ: {@code BTCUSDT} at Binance, Bybit and Bitget, {@code BTC-USDT} at OKX,
 * {@code KRW-BTC} at Upbit (quote first), {@code 005930} at KIS and {@code 005930.KS} at
 * Yahoo. Run-together spellings are split at the longest known quote asset, so they need
 * the venue to be read safely: a stock ticker may end in {@code ETH} too.
 */
public final class VenueSymbols {

	/**
	 * Quote assets of run-together venue symbols, longest first so that {@code USDT} wins
	 * over {@code USD}.
	 */
	private static final List<String> QUOTES = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USDE", "EURI", "DAI",
			"BTC", "ETH", "BNB", "EUR", "TRY", "BRL", "JPY", "GBP", "AUD", "USD", "KRW");

	/**
	 * Quotes at which a run-together spelling is split without knowing the venue: no
	 * stock ticker ends in a stablecoin's name.
	 */
	private static final List<String> UNAMBIGUOUS_QUOTES = List.of("FDUSD", "USDT", "USDC", "BUSD", "TUSD");

	private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{1,20}");

	private static final Pattern KRX_CODE = Pattern.compile("[0-9][0-9A-Z]{5}");

	private static final Pattern KRX_SPELLING = Pattern.compile("A?([0-9][0-9A-Z]{5})(\\.K[SQ])?");

	private VenueSymbols() {
	}

	/**
	 * The venue's spelling of a canonical symbol.
	 * @param canonical {@code BTC-USDT} or {@code 005930}
	 * @throws IllegalArgumentException when the symbol is not canonical or the venue
	 * cannot list it (a stock at a crypto venue, a pair at KIS)
	 */
	public static String toVenue(Venue venue, String canonical) {
		String symbol = canonical.strip().toUpperCase(Locale.ROOT);
		if (venue.spelling() == Venue.Spelling.KRX_CODE) {
			return krxCode(symbol).orElseThrow(() -> notA("KRX code", venue, canonical));
		}
		Pair pair = dashed(symbol).orElseThrow(() -> notA("canonical pair (BASE-QUOTE)", venue, canonical));
		return switch (venue.spelling()) {
			case CONCATENATED -> pair.base() + pair.quote();
			case BASE_DASH_QUOTE -> pair.base() + "-" + pair.quote();
			case QUOTE_DASH_BASE -> pair.quote() + "-" + pair.base();
			case KRX_CODE -> throw new IllegalStateException("handled above");
		};
	}

	/**
	 * The canonical symbol of a venue's spelling.
	 * @param venueSymbol {@code BTCUSDT} at Binance, {@code KRW-BTC} at Upbit
	 * @throws IllegalArgumentException when the venue cannot have written it
	 */
	public static String fromVenue(Venue venue, String venueSymbol) {
		if (venue.spelling() == Venue.Spelling.KRX_CODE) {
			return krxCode(venueSymbol.strip().toUpperCase(Locale.ROOT))
				.orElseThrow(() -> notA("KRX code", venue, venueSymbol));
		}
		return pair(venue, venueSymbol).canonical();
	}

	/**
	 * Base and quote of a venue's pair symbol.
	 * @throws IllegalArgumentException when the venue cannot have written it
	 */
	public static Pair pair(Venue venue, String venueSymbol) {
		String symbol = venueSymbol.strip().toUpperCase(Locale.ROOT);
		Optional<Pair> pair = switch (venue.spelling()) {
			case CONCATENATED -> split(symbol, QUOTES);
			case BASE_DASH_QUOTE -> dashed(symbol);
			case QUOTE_DASH_BASE -> dashed(symbol).map((p) -> new Pair(p.quote(), p.base()));
			case KRX_CODE -> Optional.empty();
		};
		return pair.orElseThrow(() -> notA("pair symbol", venue, venueSymbol));
	}

	/**
	 * The canonical form of a spelling whose venue is not known: {@code BTC/USDT},
	 * {@code btc_usdt}, {@code BTC-USDT} and {@code BTCUSDT} are {@code BTC-USDT};
	 * {@code 005930.KS}, {@code 005930.KQ} and {@code A005930} are {@code 005930}. A
	 * run-together pair is split only at a stablecoin quote; any other spelling comes
	 * back upper-cased, for the instrument catalogue's aliases to resolve ({@code SPY},
	 * {@code KRW-BTC} stays as it is because only Upbit puts the quote first).
	 */
	public static String canonical(String spelling) {
		String symbol = spelling.strip().toUpperCase(Locale.ROOT);
		Optional<String> krx = krxCode(symbol);
		if (krx.isPresent()) {
			return krx.get();
		}
		String dashed = symbol.replace('/', '-').replace('_', '-');
		Optional<Pair> pair = dashed(dashed);
		if (pair.isPresent()) {
			return pair.get().canonical();
		}
		return split(symbol, UNAMBIGUOUS_QUOTES).map(Pair::canonical).orElse(symbol);
	}

	private static Optional<String> krxCode(String symbol) {
		var matcher = KRX_SPELLING.matcher(symbol);
		if (!matcher.matches()) {
			return Optional.empty();
		}
		String code = matcher.group(1);
		return KRX_CODE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
	}

	private static Optional<Pair> dashed(String symbol) {
		String[] parts = symbol.split("-", -1);
		if (parts.length != 2 || !ASSET.matcher(parts[0]).matches() || !ASSET.matcher(parts[1]).matches()) {
			return Optional.empty();
		}
		return Optional.of(new Pair(parts[0], parts[1]));
	}

	private static Optional<Pair> split(String symbol, List<String> quotes) {
		for (String quote : quotes) {
			if (symbol.endsWith(quote)) {
				String base = symbol.substring(0, symbol.length() - quote.length());
				if (ASSET.matcher(base).matches()) {
					return Optional.of(new Pair(base, quote));
				}
			}
		}
		return Optional.empty();
	}

	private static IllegalArgumentException notA(String what, Venue venue, String symbol) {
		return new IllegalArgumentException("'" + symbol + "' is not a " + what + " at " + venue.providerName());
	}

	/**
	 * A crypto pair.
	 *
	 * @param base what is priced ({@code BTC})
	 * @param quote what it is priced in ({@code USDT})
	 */
	public record Pair(String base, String quote) {

		/** Sage's spelling, {@code BASE-QUOTE}. */
		public String canonical() {
			return this.base + "-" + this.quote;
		}

	}

}
