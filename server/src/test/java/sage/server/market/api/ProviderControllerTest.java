package sage.server.market.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import sage.server.market.provider.ConfiguredProvider;
import sage.server.market.provider.MarketDataProviders;
import sage.server.market.provider.ProviderProperties.Upstream.KeyPlan;
import sage.server.market.provider.UpstreamException;
import sage.server.market.provider.UpstreamPolicy;
import sage.server.market.provider.UpstreamSettings;
import sage.server.market.provider.alternativeme.AlternativeMeFearGreed;
import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class ProviderControllerTest {

	@Test
	void listsEachProviderWithItsCapabilitiesAndHealthButNeverItsKey() {
		UpstreamPolicy policy = new UpstreamPolicy(CoinGecko.NAME, UpstreamSettings.DEFAULTS, Clock.systemUTC());
		catchThrowable(() -> policy.call("markets bitcoin", () -> {
			throw new UpstreamException(CoinGecko.NAME, UpstreamException.Kind.NOT_FOUND, "markets bitcoin: HTTP 404");
		}));
		// the client is never called here: only its capabilities and policy are read
		CoinGecko coinGecko = new CoinGecko(null, URI.create("http://127.0.0.1:9"),
				CoinGecko.keyHeader(KeyPlan.DEMO, "CG-secret-key-0001"), Clock.systemUTC());
		MarketDataProviders providers = new MarketDataProviders(
				List.of(ConfiguredProvider.disabled(YahooFinance.CAPABILITIES, false),
						ConfiguredProvider.enabled(coinGecko, policy, true),
						ConfiguredProvider.disabled(AlternativeMeFearGreed.CAPABILITIES, false)));
		ProviderController.ProviderListResponse list = new ProviderController(providers).providers();
		assertThat(list.items()).extracting(ProviderController.ProviderResponse::name)
			.containsExactly("yahoo", "coingecko", "alternative-me");
		ProviderController.ProviderResponse yahoo = list.items().get(0);
		assertThat(yahoo.enabled()).isFalse();
		assertThat(yahoo.capabilities()).containsExactly("BARS", "QUOTES", "SEARCH", "TRENDING");
		assertThat(yahoo.assetClasses()).containsExactly("CRYPTO_SPOT", "INDEX", "KR_STOCK", "US_STOCK");
		assertThat(yahoo.intervals()).containsExactly("1m", "5m", "15m", "30m", "1h", "1d", "1w");
		assertThat(yahoo.circuit()).isNull();
		ProviderController.ProviderResponse gecko = list.items().get(1);
		assertThat(gecko.enabled()).isTrue();
		assertThat(gecko.keyConfigured()).isTrue();
		assertThat(gecko.needsKey()).isFalse();
		assertThat(gecko.intervals()).containsExactly("30m", "4h");
		assertThat(gecko.circuit()).isEqualTo("CLOSED");
		assertThat(gecko.lastFailure()).isNotNull();
		assertThat(gecko.lastError()).isEqualTo("coingecko: markets bitcoin: HTTP 404");
		assertThat(gecko.lastSuccess()).isNull();
		assertThat(list.items().get(2).capabilities()).containsExactly("FEAR_GREED");
		assertThat(JsonMapper.builder().build().writeValueAsString(list)).doesNotContain("CG-secret-key")
			.doesNotContain("apiKey");
	}

}
