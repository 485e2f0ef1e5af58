package sage.server.market.provider;

import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import sage.engine.series.Timeframe;
import sage.server.market.AssetClass;
import sage.server.market.provider.ProviderProperties.Upstream;
import sage.server.market.provider.ProviderProperties.Upstream.KeyPlan;
import sage.server.market.provider.alternativeme.AlternativeMeFearGreed;
import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MarketDataProvidersTest {

	private final OnlineProviders online = new OnlineProviders();

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private final ProviderMetrics metrics = new ProviderMetrics(this.registry);

	@Test
	void withoutConfigurationEveryProviderIsListedAndNoneCanBeCalled() {
		Upstream off = upstream(false, null);
		MarketDataProviders providers = providers(new ProviderProperties(off, off, off));
		assertThat(providers.configured()).extracting(ConfiguredProvider::name)
			.containsExactly("yahoo", "coingecko", "alternative-me");
		assertThat(providers.configured()).allSatisfy((provider) -> {
			assertThat(provider.enabled()).isFalse();
			assertThat(provider.client()).as("a disabled provider has no client to call").isNull();
			assertThat(provider.status()).isNull();
		});
		assertThat(providers.enabled(QuoteSource.class)).isEmpty();
		assertThat(providers.enabled(Capability.BARS)).isEmpty();
		assertThat(providers.enabled("yahoo", BarSource.class)).isEmpty();
		assertThat(this.registry.getMeters()).as("no meters for providers never called").isEmpty();
	}

	@Test
	void givesTheEnabledProvidersByWhatTheyCanDo() {
		MarketDataProviders providers = providers(new ProviderProperties(upstream(true, null),
				upstream(true, "CG-test-key-abcd1234"), upstream(false, null)));
		assertThat(providers.enabled(BarSource.class)).hasSize(2)
			.satisfiesExactly((yahoo) -> assertThat(yahoo).isInstanceOf(YahooFinance.class),
					(coinGecko) -> assertThat(coinGecko).isInstanceOf(CoinGecko.class));
		assertThat(providers.enabled(Capability.TRENDING)).extracting(MarketDataProvider::name)
			.containsExactly("yahoo", "coingecko");
		assertThat(providers.enabled(FearGreedSource.class)).isEmpty();
		assertThat(providers.enabled("coingecko", SymbolSearch.class)).isPresent();
		assertThat(providers.configured().get(1).keyConfigured()).isTrue();
		assertThat(providers.configured().get(0).status().circuit()).isEqualTo("CLOSED");
		assertThat(this.registry.get(ProviderMetrics.CIRCUIT).tag("provider", "yahoo").gauge().value()).isZero();
	}

	@Test
	void aClientMustImplementWhatItDeclares() {
		ProviderCapabilities claimsBars = new ProviderCapabilities("liar", EnumSet.of(Capability.BARS),
				EnumSet.of(AssetClass.US_STOCK), EnumSet.of(Timeframe.D1), false);
		FearGreedSource notBars = new FearGreedSource() {
			@Override
			public ProviderCapabilities capabilities() {
				return claimsBars;
			}

			@Override
			public List<FearGreedReading> history(int days) {
				return List.of();
			}
		};
		UpstreamPolicy policy = new UpstreamPolicy("liar", UpstreamSettings.DEFAULTS, Clock.systemUTC());
		assertThatIllegalArgumentException().isThrownBy(() -> ConfiguredProvider.enabled(notBars, policy, false))
			.withMessageContaining("does not implement BarSource");
	}

	@Test
	void twoProvidersCannotShareAName() {
		ConfiguredProvider yahoo = ConfiguredProvider.disabled(YahooFinance.CAPABILITIES, false);
		assertThatIllegalArgumentException().isThrownBy(() -> new MarketDataProviders(List.of(yahoo, yahoo)));
	}

	@Test
	void declaresCapabilitiesAsData() {
		assertThat(YahooFinance.CAPABILITIES.intervals()).contains(Timeframe.M1, Timeframe.D1, Timeframe.W1)
			.doesNotContain(Timeframe.H4);
		assertThat(CoinGecko.CAPABILITIES.intervals()).containsExactlyInAnyOrder(Timeframe.M30, Timeframe.H4);
		assertThat(AlternativeMeFearGreed.CAPABILITIES.capabilities()).containsExactly(Capability.FEAR_GREED);
		assertThat(List.of(YahooFinance.CAPABILITIES, CoinGecko.CAPABILITIES, AlternativeMeFearGreed.CAPABILITIES))
			.noneMatch(ProviderCapabilities::needsKey);
	}

	private MarketDataProviders providers(ProviderProperties properties) {
		Clock clock = Clock.systemUTC();
		return new MarketDataProviders(List.of(this.online.yahoo(properties, this.metrics, clock),
				this.online.coingecko(properties, this.metrics, clock),
				this.online.alternativeMe(properties, this.metrics, clock)));
	}

	private static Upstream upstream(boolean enabled, String apiKey) {
		return new Upstream(enabled, null, apiKey, KeyPlan.DEMO, Duration.ofSeconds(10), 3, Duration.ofMillis(500),
				Duration.ofSeconds(8), Duration.ofSeconds(30), 50, 10, Duration.ofSeconds(60));
	}

}
