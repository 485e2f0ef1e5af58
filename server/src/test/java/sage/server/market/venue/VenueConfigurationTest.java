package sage.server.market.venue;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import sage.server.market.provider.ConfiguredProvider;
import sage.server.market.provider.MarketDataProvider;
import sage.server.market.provider.ProviderMetrics;
import sage.server.market.venue.binance.BinanceClient;
import sage.server.market.venue.kis.KisClient;
import sage.server.market.venue.kis.KisProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Venue providers are beans only when enabled, from environment variables as Spring's
 * relaxed binding reads them, and creating them calls no venue.
 */
class VenueConfigurationTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Venues.class);

	@Test
	void noVenueIsReadUnlessEnabled() {
		this.context.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(enabled(context)).isEmpty();
			assertThat(context.getBeansOfType(ConfiguredProvider.class).values()).extracting(ConfiguredProvider::name)
				.containsExactlyInAnyOrder("binance", "okx", "upbit", "bybit", "bitget", "kis");
		});
	}

	@Test
	void enablesAVenueFromItsEnvironmentVariable() {
		withEnvironment(Map.of("SAGE_MARKET_PROVIDERS_BINANCE_ENABLED", "true", "SAGE_MARKET_PROVIDERS_BINANCE_BASEURL",
				"http://127.0.0.1:9"))
			.run((context) -> {
				assertThat(enabled(context)).singleElement().isInstanceOf(BinanceClient.class);
				assertThat(context.getBean(ExchangeProperties.class).binance().baseUrl())
					.hasToString("http://127.0.0.1:9");
			});
	}

	@Test
	void enablesEveryVenueWithoutCallingAny() {
		Map<String, String> environment = new HashMap<>();
		for (String venue : new String[] { "BINANCE", "OKX", "UPBIT", "BYBIT", "BITGET" }) {
			environment.put("SAGE_MARKET_PROVIDERS_" + venue + "_ENABLED", "true");
			// nothing listens there: a call at start would fail the context
			environment.put("SAGE_MARKET_PROVIDERS_" + venue + "_BASEURL", "http://127.0.0.1:9");
		}
		environment.putAll(kis());
		withEnvironment(environment).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(enabled(context)).extracting(MarketDataProvider::name)
				.containsExactlyInAnyOrder("binance", "okx", "upbit", "bybit", "bitget", "kis");
		});
	}

	@Test
	void bindsKisKeysFromTheEnvironmentAndNeverPrintsThem() {
		withEnvironment(kis()).run((context) -> {
			assertThat(enabled(context)).singleElement().isInstanceOf(KisClient.class);
			KisProperties kis = context.getBean(KisProperties.class);
			assertThat(kis.appKey()).isEqualTo("env-app-key");
			assertThat(kis.appSecret()).isEqualTo("env-app-secret");
			assertThat(kis.toString()).doesNotContain("env-app-key").doesNotContain("env-app-secret");
		});
	}

	@Test
	void exchangeSettingsNeverPrintTheirKeys() {
		ExchangeSettings settings = new ExchangeSettings(true, null, "exchange-api-key", "exchange-api-secret",
				Duration.ofSeconds(10));
		assertThat(settings.toString()).doesNotContain("exchange-api-key")
			.doesNotContain("exchange-api-secret")
			.contains("apiKey=(set)");
	}

	@Test
	void readsTheKeysWithDashesAsUnderscoresToo() {
		withEnvironment(Map.of("SAGE_MARKET_PROVIDERS_KIS_ENABLED", "true", "SAGE_MARKET_PROVIDERS_KIS_APP_KEY",
				"legacy-app-key", "SAGE_MARKET_PROVIDERS_KIS_APP_SECRET", "legacy-app-secret"))
			.run((context) -> assertThat(context.getBean(KisProperties.class).appKey()).isEqualTo("legacy-app-key"));
	}

	@Test
	void refusesToStartKisWithoutKeysNamingTheSetting() {
		withEnvironment(Map.of("SAGE_MARKET_PROVIDERS_KIS_ENABLED", "true")).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.hasMessageContaining("sage.market.providers.kis.app-key");
		});
	}

	private static java.util.List<MarketDataProvider> enabled(
			org.springframework.boot.test.context.assertj.AssertableApplicationContext context) {
		return context.getBeansOfType(ConfiguredProvider.class)
			.values()
			.stream()
			.filter(ConfiguredProvider::enabled)
			.map(ConfiguredProvider::client)
			.map(MarketDataProvider.class::cast)
			.toList();
	}

	private ApplicationContextRunner withEnvironment(Map<String, String> variables) {
		Map<String, Object> values = new HashMap<>(variables);
		return this.context.withInitializer((context) -> context.getEnvironment()
			.getPropertySources()
			// Boot maps SAGE_X_Y to sage.x.y only for a source named like the real one
			.addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", values)));
	}

	private static Map<String, String> kis() {
		return Map.of("SAGE_MARKET_PROVIDERS_KIS_ENABLED", "true", "SAGE_MARKET_PROVIDERS_KIS_APPKEY", "env-app-key",
				"SAGE_MARKET_PROVIDERS_KIS_APPSECRET", "env-app-secret", "SAGE_MARKET_PROVIDERS_KIS_BASEURL",
				"http://127.0.0.1:9");
	}

	@Configuration(proxyBeanMethods = false)
	@ComponentScan("sage.server.market.venue")
	@EnableConfigurationProperties({ ExchangeProperties.class, KisProperties.class })
	static class Venues {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}

		@Bean
		ProviderMetrics providerMetrics() {
			return new ProviderMetrics(new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		}

	}

}
