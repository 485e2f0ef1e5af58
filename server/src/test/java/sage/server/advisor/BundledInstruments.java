package sage.server.advisor;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import sage.server.market.AssetClass;
import sage.server.market.Instrument;
import sage.server.market.TickBand;

/**
 * The instruments of the bundled catalogue (server/src/main/resources/market/bundled/
 * datasets.json) as plain values, for tests that need instruments without a server.
 */
public final class BundledInstruments {

	public static final Instrument BTC_USD = of("BTC-USD", "Bitcoin / US Dollar", "비트코인", AssetClass.CRYPTO_SPOT, "USD",
			"UTC", "BTCUSD", "BTC/USD", "XBTUSD");

	public static final Instrument BTC_USDT = of("BTC-USDT", "Bitcoin / Tether", "비트코인 / 테더", AssetClass.CRYPTO_SPOT,
			"USDT", "UTC", "BTCUSDT", "BTC/USDT");

	public static final Instrument SPY = of("SPY", "SPDR S&P 500 ETF Trust", null, AssetClass.US_STOCK, "USD",
			"America/New_York", "SPY.US");

	public static final Instrument SAMSUNG = of("005930", "Samsung Electronics", "삼성전자", AssetClass.KR_STOCK, "KRW",
			"Asia/Seoul", "005930.KS");

	public static final Instrument HYNIX = of("000660", "SK hynix", "SK하이닉스", AssetClass.KR_STOCK, "KRW", "Asia/Seoul",
			"000660.KS");

	public static final Instrument HYUNDAI = of("005380", "Hyundai Motor", "현대차", AssetClass.KR_STOCK, "KRW",
			"Asia/Seoul", "005380.KS");

	public static final Instrument NAVER = of("035420", "NAVER", "네이버", AssetClass.KR_STOCK, "KRW", "Asia/Seoul",
			"035420.KS");

	public static final Instrument LG_CHEM = of("051910", "LG Chem", "LG화학", AssetClass.KR_STOCK, "KRW", "Asia/Seoul",
			"051910.KS");

	public static final Instrument KOSPI = of("KOSPI", "KOSPI Composite Index", "코스피", AssetClass.INDEX, "KRW",
			"Asia/Seoul", "^KS11");

	public static final List<Instrument> ALL = List.of(BTC_USD, BTC_USDT, SPY, SAMSUNG, HYNIX, HYUNDAI, NAVER, LG_CHEM,
			KOSPI);

	private static final Map<String, Instrument> BY_SYMBOL_OR_ALIAS = ALL.stream()
		.flatMap((i) -> Stream.concat(Stream.of(i.symbol()), i.aliases().stream()).map((key) -> Map.entry(key, i)))
		.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

	private BundledInstruments() {
	}

	/** Finds by symbol or alias, case-insensitive, as {@code Instruments.find} does. */
	public static Optional<Instrument> find(String symbolOrAlias) {
		return Optional.ofNullable(BY_SYMBOL_OR_ALIAS.get(symbolOrAlias.trim().toUpperCase(Locale.ROOT)));
	}

	/** All of them by symbol. */
	public static Map<String, Instrument> bySymbol() {
		return ALL.stream().collect(Collectors.toMap(Instrument::symbol, Function.identity()));
	}

	private static Instrument of(String symbol, String name, @Nullable String localName, AssetClass assetClass,
			String currency, String zone, String... aliases) {
		return new Instrument(symbol, name, localName, assetClass, "test", currency, ZoneId.of(zone), "24/7",
				List.of(new TickBand(BigDecimal.ZERO, new BigDecimal("0.01"))), BigDecimal.ONE, List.of(aliases),
				List.of(), null);
	}

}
