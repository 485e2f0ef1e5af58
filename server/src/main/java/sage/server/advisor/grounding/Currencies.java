package sage.server.advisor.grounding;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The currency codes a written currency may stand for. {@code "$"} and the word "dollar"
 * do not say which dollar: a price of BTC-USDT is written "$64,000" as often as "64,000
 * USDT", so they stand for USD and the dollar stablecoins. A code stands for itself only.
 */
final class Currencies {

	static final Set<String> DOLLARS = Set.of("USD", "USDT", "USDC", "BUSD", "FDUSD", "TUSD", "USDP", "DAI");

	private static final Map<String, Set<String>> NAMED = Map.ofEntries(Map.entry("$", DOLLARS),
			Map.entry("dollar", DOLLARS), Map.entry("dollars", DOLLARS), Map.entry("달러", DOLLARS),
			Map.entry("us$", Set.of("USD")), Map.entry("₩", Set.of("KRW")), Map.entry("￦", Set.of("KRW")),
			Map.entry("won", Set.of("KRW")), Map.entry("원", Set.of("KRW")), Map.entry("€", Set.of("EUR")),
			Map.entry("euro", Set.of("EUR")), Map.entry("euros", Set.of("EUR")), Map.entry("유로", Set.of("EUR")),
			Map.entry("£", Set.of("GBP")), Map.entry("¥", Set.of("JPY", "CNY")), Map.entry("엔", Set.of("JPY")),
			Map.entry("위안", Set.of("CNY")));

	private Currencies() {
	}

	/**
	 * The codes {@code written} (a symbol, code or word as the text has it) may stand
	 * for.
	 */
	static Set<String> named(String written) {
		String key = written.strip().toLowerCase(Locale.ROOT);
		Set<String> named = NAMED.get(key);
		return (named != null) ? named : Set.of(written.strip().toUpperCase(Locale.ROOT));
	}

	/**
	 * Whether a fact in {@code currency} is money a claim naming {@code named} may state.
	 */
	static boolean covers(Set<String> named, String currency) {
		return named.isEmpty() || named.contains(currency.toUpperCase(Locale.ROOT));
	}

}
