package sage.server.market.provider;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

import sage.server.market.provider.ProviderProperties.Upstream;
import sage.server.market.provider.alternativeme.AlternativeMeFearGreed;
import sage.server.market.provider.coingecko.CoinGecko;
import sage.server.market.provider.yahoo.YahooFinance;

/**
 * Wires the online providers from {@link ProviderProperties}: an enabled one gets its
 * client, policy and metrics; a disabled one is only listed, and no client exists for it.
 */
@Configuration(proxyBeanMethods = false)
class OnlineProviders {

	@Bean
	ProviderMetrics providerMetrics(MeterRegistry registry) {
		return new ProviderMetrics(registry);
	}

	@Bean
	MarketDataProviders marketDataProviders(List<ConfiguredProvider> configured) {
		return new MarketDataProviders(configured);
	}

	@Bean
	@Order(1)
	ConfiguredProvider yahoo(ProviderProperties properties, ProviderMetrics metrics, Clock clock) {
		Upstream settings = properties.yahoo();
		if (!settings.enabled()) {
			return ConfiguredProvider.disabled(YahooFinance.CAPABILITIES, settings.keyConfigured());
		}
		URI baseUrl = settings.baseUrlOr(YahooFinance.BASE_URL);
		// a stand-in for Yahoo (a proxy, a test server) also hands out the session cookie
		URI cookieUrl = baseUrl.toString().equals(YahooFinance.BASE_URL) ? URI.create(YahooFinance.COOKIE_URL)
				: baseUrl;
		UpstreamPolicy policy = policy(YahooFinance.NAME, settings, metrics, clock);
		UpstreamHttp http = http(policy, settings.timeout(), baseUrl, clock, true);
		return ConfiguredProvider.enabled(new YahooFinance(http, baseUrl, cookieUrl), policy, settings.keyConfigured());
	}

	@Bean
	@Order(2)
	ConfiguredProvider coingecko(ProviderProperties properties, ProviderMetrics metrics, Clock clock) {
		Upstream settings = properties.coingecko();
		if (!settings.enabled()) {
			return ConfiguredProvider.disabled(CoinGecko.CAPABILITIES, settings.keyConfigured());
		}
		URI baseUrl = settings.baseUrlOr(CoinGecko.baseUrl(settings.plan()));
		UpstreamPolicy policy = policy(CoinGecko.NAME, settings, metrics, clock);
		CoinGecko client = new CoinGecko(http(policy, settings.timeout(), baseUrl, clock, false), baseUrl,
				CoinGecko.keyHeader(settings.plan(), settings.apiKey()), clock);
		return ConfiguredProvider.enabled(client, policy, settings.keyConfigured());
	}

	@Bean
	@Order(3)
	ConfiguredProvider alternativeMe(ProviderProperties properties, ProviderMetrics metrics, Clock clock) {
		Upstream settings = properties.alternativeMe();
		if (!settings.enabled()) {
			return ConfiguredProvider.disabled(AlternativeMeFearGreed.CAPABILITIES, settings.keyConfigured());
		}
		URI baseUrl = settings.baseUrlOr(AlternativeMeFearGreed.BASE_URL);
		UpstreamPolicy policy = policy(AlternativeMeFearGreed.NAME, settings, metrics, clock);
		return ConfiguredProvider.enabled(
				new AlternativeMeFearGreed(http(policy, settings.timeout(), baseUrl, clock, false), baseUrl), policy,
				settings.keyConfigured());
	}

	private static UpstreamPolicy policy(String name, Upstream settings, ProviderMetrics metrics, Clock clock) {
		UpstreamPolicy policy = new UpstreamPolicy(name, settings.settings(), clock, metrics);
		metrics.watch(policy);
		return policy;
	}

	/**
	 * The HTTP client of one provider. Plain {@code http://} (a local stand-in) speaks
	 * HTTP/1.1: the JDK's h2c upgrade stalls parallel requests there.
	 */
	static UpstreamHttp http(UpstreamPolicy policy, Duration timeout, URI baseUrl, Clock clock, boolean cookies) {
		HttpClient.Builder client = HttpClient.newBuilder()
			.connectTimeout(timeout)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.version("http".equals(baseUrl.getScheme()) ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2);
		if (cookies) {
			client.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER));
		}
		return new UpstreamHttp(policy, client.build(), UpstreamHttp.exactJson(), timeout, clock);
	}

}
