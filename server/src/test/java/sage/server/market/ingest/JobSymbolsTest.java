package sage.server.market.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobSymbolsTest {

	@Test
	void yahooSpellsKrxCodesWithTheirMarketSuffixAndIndicesWithACaret() {
		IngestionJob yahoo = job("yahoo", Map.of());
		assertThat(JobSymbols.of(yahoo, Fixtures.SAMSUNG)).isEqualTo("005930.KS");
		assertThat(JobSymbols.of(yahoo,
				Fixtures.instrument("091990", AssetClass.KR_STOCK, "Asia/Seoul", "09:00-15:30", List.of("091990.KQ"))))
			.isEqualTo("091990.KQ");
		assertThat(JobSymbols.of(yahoo,
				Fixtures.instrument("000660", AssetClass.KR_STOCK, "Asia/Seoul", "09:00-15:30", List.of())))
			.isEqualTo("000660.KS");
		assertThat(JobSymbols.of(yahoo, Fixtures.KOSPI)).isEqualTo("^KS11");
		assertThat(JobSymbols.of(yahoo, Fixtures.SPY)).isEqualTo("SPY");
		assertThat(JobSymbols.of(yahoo, Fixtures.BTC_USD)).isEqualTo("BTC-USD");
	}

	@Test
	void exchangesSpellPairsTheirOwnWay() {
		assertThat(JobSymbols.of(job("binance", Map.of()), Fixtures.BTC_USDT)).isEqualTo("BTCUSDT");
		assertThat(JobSymbols.of(job("okx", Map.of()), Fixtures.BTC_USDT)).isEqualTo("BTC-USDT");
		assertThat(JobSymbols.of(job("upbit", Map.of()), Fixtures.BTC_USDT)).isEqualTo("USDT-BTC");
		assertThat(JobSymbols.of(job("kis", Map.of()), Fixtures.SAMSUNG)).isEqualTo("005930");
	}

	@Test
	void coinGeckoIdsComeFromItsTableOrTheConfigurationAndAConfiguredSpellingWins() {
		assertThat(JobSymbols.of(job("coingecko", Map.of()), Fixtures.BTC_USD)).isEqualTo("bitcoin");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JobSymbols.of(job("coingecko", Map.of()), Fixtures.BTC_USDT))
			.withMessageContaining("sage.market.ingestion.jobs.test.provider-symbols.BTC-USDT");
		assertThat(JobSymbols.of(job("coingecko", Map.of("BTC-USDT", "bitcoin")), Fixtures.BTC_USDT))
			.isEqualTo("bitcoin");
		assertThat(JobSymbols.of(job("yahoo", Map.of("SPY", "SPY.MX")), Fixtures.SPY)).isEqualTo("SPY.MX");
	}

	private static IngestionJob job(String provider, Map<String, String> providerSymbols) {
		return new IngestionJob("test", provider, List.of("X"), Timeframe.D1, Duration.ofHours(1), Duration.ofDays(10),
				List.of(), true, providerSymbols);
	}

}
