package sage.server.market.venue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class VenueSymbolsTest {

	@ParameterizedTest
	@CsvSource({ "BINANCE, BTC-USDT, BTCUSDT", "BYBIT, BTC-USDT, BTCUSDT", "BITGET, BTC-USDT, BTCUSDT",
			"OKX, BTC-USDT, BTC-USDT", "UPBIT, BTC-KRW, KRW-BTC", "KIS, 005930, 005930", "BINANCE, ETH-BTC, ETHBTC",
			"BINANCE, BTC-FDUSD, BTCFDUSD", "BINANCE, W-USDT, WUSDT", "UPBIT, ETH-BTC, BTC-ETH" })
	void spellsACanonicalSymbolTheVenuesWayAndBack(Venue venue, String canonical, String venueSymbol) {
		assertThat(VenueSymbols.toVenue(venue, canonical)).isEqualTo(venueSymbol);
		assertThat(VenueSymbols.fromVenue(venue, venueSymbol)).isEqualTo(canonical);
	}

	@Test
	void splitsARunTogetherSymbolAtTheLongestQuote() {
		// USDT, not USD; FDUSD, not USD
		assertThat(VenueSymbols.pair(Venue.BINANCE, "BTCUSDT")).isEqualTo(new VenueSymbols.Pair("BTC", "USDT"));
		assertThat(VenueSymbols.pair(Venue.BINANCE, "BTCUSD")).isEqualTo(new VenueSymbols.Pair("BTC", "USD"));
		assertThat(VenueSymbols.pair(Venue.BINANCE, "ETHFDUSD")).isEqualTo(new VenueSymbols.Pair("ETH", "FDUSD"));
	}

	@Test
	void readsUpbitsQuoteFirstSpelling() {
		assertThat(VenueSymbols.pair(Venue.UPBIT, "KRW-BTC")).isEqualTo(new VenueSymbols.Pair("BTC", "KRW"));
		assertThat(VenueSymbols.pair(Venue.UPBIT, "krw-btc").canonical()).isEqualTo("BTC-KRW");
	}

	@ParameterizedTest
	@CsvSource({ "BTC/USDT, BTC-USDT", "btc_usdt, BTC-USDT", "BTC-USDT, BTC-USDT", "BTCUSDT, BTC-USDT",
			"' btc/usdc ', BTC-USDC", "005930, 005930", "005930.KS, 005930", "035720.KQ, 035720", "A005930, 005930",
			"SPY, SPY", "BTC-USD, BTC-USD", "ETHBTC, ETHBTC", "KRW-BTC, KRW-BTC" })
	void normalisesSpellingsWhoseVenueIsUnknown(String spelling, String canonical) {
		assertThat(VenueSymbols.canonical(spelling)).isEqualTo(canonical);
	}

	@Test
	void readsAKisCodeGivenWithItsYahooSuffix() {
		assertThat(VenueSymbols.toVenue(Venue.KIS, "005930.KS")).isEqualTo("005930");
		assertThat(VenueSymbols.fromVenue(Venue.KIS, "005930")).isEqualTo("005930");
	}

	@Test
	void refusesWhatAVenueCannotList() {
		assertThatIllegalArgumentException().isThrownBy(() -> VenueSymbols.toVenue(Venue.KIS, "BTC-USDT"))
			.withMessageContaining("KRX code")
			.withMessageContaining("kis");
		assertThatIllegalArgumentException().isThrownBy(() -> VenueSymbols.toVenue(Venue.BINANCE, "005930"))
			.withMessageContaining("binance");
		assertThatIllegalArgumentException().isThrownBy(() -> VenueSymbols.pair(Venue.BINANCE, "SPY"));
		assertThatIllegalArgumentException().isThrownBy(() -> VenueSymbols.pair(Venue.OKX, "BTC-USDT-SWAP"));
		assertThatIllegalArgumentException().isThrownBy(() -> VenueSymbols.pair(Venue.BINANCE, "USDT"));
	}

	@ParameterizedTest
	@EnumSource(value = Venue.class, names = "KIS", mode = EnumSource.Mode.EXCLUDE)
	void roundTripsEveryCryptoVenue(Venue venue) {
		for (String canonical : new String[] { "BTC-USDT", "ETH-BTC", "SOL-USDC", "XRP-KRW", "1INCH-USDT" }) {
			assertThat(VenueSymbols.fromVenue(venue, VenueSymbols.toVenue(venue, canonical))).isEqualTo(canonical);
		}
	}

	@Test
	void namesEachVenueAsItsProviderIsConfigured() {
		assertThat(Venue.BINANCE.providerName()).isEqualTo("binance");
		assertThat(Venue.KIS.providerName()).isEqualTo("kis");
	}

}
