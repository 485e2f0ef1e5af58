package sage.server.advisor.reading;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names people use for assets that the catalogue does not list as aliases: coin names and
 * tickers (BTC alone means Bitcoin against the dollar), Korean names, nicknames. Each
 * maps to a canonical symbol, which the catalogue may or may not hold; a name of an asset
 * it does not hold is still a mention, answered with "no data" rather than ignored.
 *
 * <p>
 * Ambiguous English words are left out on purpose ({@code apple}, {@code spy}): an
 * uppercase ticker (AAPL, SPY) still finds the instrument through the catalogue.
 */
public final class CommonNames {

	private static final Map<String, String> SYMBOLS = symbols();

	/** Longest first, so that 삼성전자 is matched before 삼성 and 비트코인 before 비트. */
	static final List<String> NAMES = SYMBOLS.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private CommonNames() {
	}

	/**
	 * The canonical symbol a name stands for, any case ({@code Bitcoin}, {@code btc},
	 * {@code 비트코인}); empty when it is not a common name.
	 */
	public static Optional<String> find(String name) {
		return Optional.ofNullable(SYMBOLS.get(name.strip().toLowerCase(Locale.ROOT)));
	}

	/** The canonical symbol a lower-case name stands for. */
	static String symbolOf(String name) {
		String symbol = SYMBOLS.get(name);
		if (symbol == null) {
			throw new IllegalArgumentException("not a common name: " + name);
		}
		return symbol;
	}

	private static Map<String, String> symbols() {
		Map<String, String> symbols = new LinkedHashMap<>();
		name(symbols, "BTC-USD", "bitcoin", "btc", "xbt", "비트코인", "비트", "빗코");
		name(symbols, "ETH-USD", "ethereum", "ether", "eth", "이더리움", "이더");
		name(symbols, "SOL-USD", "solana", "sol", "솔라나");
		name(symbols, "XRP-USD", "ripple", "xrp", "리플");
		name(symbols, "DOGE-USD", "dogecoin", "doge", "도지코인", "도지");
		name(symbols, "ADA-USD", "cardano", "에이다", "카르다노");
		name(symbols, "BNB-USD", "bnb", "바이낸스코인");
		name(symbols, "005930", "samsung electronics", "samsung", "삼성전자", "삼전", "삼성");
		name(symbols, "000660", "sk hynix", "hynix", "sk하이닉스", "하이닉스");
		name(symbols, "005380", "hyundai motor", "hyundai", "현대자동차", "현대차");
		name(symbols, "035420", "naver", "네이버");
		name(symbols, "051910", "lg chem", "lg화학", "엘지화학");
		name(symbols, "KOSPI", "kospi", "코스피");
		name(symbols, "SPY", "s&p 500", "s&p500", "s&p", "sp500", "에스앤피");
		name(symbols, "TSLA", "tesla", "테슬라");
		name(symbols, "NVDA", "nvidia", "엔비디아");
		name(symbols, "MSFT", "microsoft", "마이크로소프트");
		name(symbols, "AAPL", "애플");
		return symbols;
	}

	private static void name(Map<String, String> symbols, String symbol, String... names) {
		for (String name : names) {
			if (symbols.put(name, symbol) != null) {
				throw new IllegalStateException("name twice: " + name);
			}
		}
	}

}
