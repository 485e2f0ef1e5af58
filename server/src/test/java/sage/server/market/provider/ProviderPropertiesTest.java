package sage.server.market.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import sage.server.market.provider.ProviderProperties.Upstream;
import sage.server.market.provider.ProviderProperties.Upstream.KeyPlan;
import sage.server.platform.config.StartupFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * {@code sage.market.providers.*} bound as Spring binds it at start, from environment
 * variables, and explained in one line when wrong.
 */
class ProviderPropertiesTest {

	@Test
	void everyProviderIsOffWithoutConfiguration() {
		ProviderProperties properties = bind(Map.of());
		for (Upstream upstream : new Upstream[] { properties.yahoo(), properties.coingecko(),
				properties.alternativeMe() }) {
			assertThat(upstream.enabled()).isFalse();
			assertThat(upstream.keyConfigured()).isFalse();
			assertThat(upstream.settings()).isEqualTo(UpstreamSettings.DEFAULTS);
			assertThat(upstream.plan()).isEqualTo(KeyPlan.DEMO);
		}
		assertThat(properties.yahoo().baseUrlOr("https://query2.finance.yahoo.com"))
			.isEqualTo(URI.create("https://query2.finance.yahoo.com"));
	}

	@Test
	void readsEnvironmentVariablesByRelaxedBinding() {
		ProviderProperties properties = bind(Map.of("SAGE_MARKET_PROVIDERS_YAHOO_ENABLED", "true",
				"SAGE_MARKET_PROVIDERS_YAHOO_BASEURL", "http://yahoo-proxy:8080/",
				"SAGE_MARKET_PROVIDERS_YAHOO_TIMEOUT", "5s", "SAGE_MARKET_PROVIDERS_YAHOO_MAXATTEMPTS", "5",
				"SAGE_MARKET_PROVIDERS_COINGECKO_ENABLED", "true", "SAGE_MARKET_PROVIDERS_COINGECKO_APIKEY",
				"CG-test-key-abcd1234", "SAGE_MARKET_PROVIDERS_COINGECKO_PLAN", "pro",
				"SAGE_MARKET_PROVIDERS_ALTERNATIVEME_ENABLED", "true"));
		assertThat(properties.yahoo().enabled()).isTrue();
		assertThat(properties.yahoo().baseUrlOr("https://query2.finance.yahoo.com"))
			.isEqualTo(URI.create("http://yahoo-proxy:8080"));
		assertThat(properties.yahoo().timeout()).isEqualTo(Duration.ofSeconds(5));
		assertThat(properties.yahoo().maxAttempts()).isEqualTo(5);
		assertThat(properties.coingecko().keyConfigured()).isTrue();
		assertThat(properties.coingecko().plan()).isEqualTo(KeyPlan.PRO);
		assertThat(properties.alternativeMe().enabled()).isTrue();
	}

	@Test
	void explainsAValueOutOfRangeInOneLineNamingTheKey() {
		FailureAnalysis timeout = analyze(Map.of("SAGE_MARKET_PROVIDERS_YAHOO_TIMEOUT", "0s"));
		assertThat(timeout.getDescription())
			.isEqualTo("Invalid setting: sage.market.providers.yahoo.timeout='0s' must be between 100ms and 5m");
		assertThat(timeout.getAction()).contains("SAGE_MARKET_PROVIDERS_YAHOO_TIMEOUT");
		assertThat(analyze(Map.of("SAGE_MARKET_PROVIDERS_ALTERNATIVEME_MAXATTEMPTS", "0")).getDescription()).isEqualTo(
				"Invalid setting: sage.market.providers.alternative-me.max-attempts='0' must be between 1 and 10");
		assertThat(analyze(Map.of("SAGE_MARKET_PROVIDERS_COINGECKO_BASEURL", "ftp://mirror")).getDescription())
			.isEqualTo(
					"Invalid setting: sage.market.providers.coingecko.base-url='ftp://mirror' must be an http:// or https:// URL");
		assertThat(analyze(Map.of("SAGE_MARKET_PROVIDERS_YAHOO_TIMEOUT", "soon")).getDescription()).isEqualTo(
				"Invalid setting: sage.market.providers.yahoo.timeout='soon' is not a duration such as 30s or 5m");
	}

	@Test
	void aProPlanNeedsAKey() {
		assertThat(analyze(Map.of("SAGE_MARKET_PROVIDERS_COINGECKO_PLAN", "pro")).getDescription())
			.isEqualTo("Invalid setting: sage.market.providers.coingecko.plan='pro' needs an api-key as well");
	}

	@Test
	void neverShowsAKey() {
		FailureAnalysis analysis = analyze(
				Map.of("SAGE_MARKET_PROVIDERS_COINGECKO_APIKEY", "my secret key with spaces"));
		assertThat(analysis.getDescription()).startsWith("Invalid setting: sage.market.providers.coingecko.api-key=")
			.doesNotContain("secret");
		Upstream upstream = bind(Map.of("SAGE_MARKET_PROVIDERS_COINGECKO_APIKEY", "CG-test-key-abcd1234")).coingecko();
		assertThat(upstream.toString()).contains("****1234").doesNotContain("CG-test-key");
		assertThat(Upstream.masked("short")).isEqualTo("****");
		assertThat(Upstream.masked(null)).isNull();
	}

	private static ProviderProperties bind(Map<String, Object> environment) {
		Binder binder = new Binder(ConfigurationPropertySources.from(new SystemEnvironmentPropertySource(
				StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment)));
		try (ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory()) {
			return binder.bindOrCreate("sage.market.providers", Bindable.of(ProviderProperties.class),
					new ValidationBindHandler(new SpringValidatorAdapter(factory.getValidator())));
		}
	}

	private static FailureAnalysis analyze(Map<String, Object> environment) {
		Throwable failure = catchThrowable(() -> bind(environment));
		assertThat(failure).as("binding should fail").isNotNull();
		FailureAnalysis analysis = new StartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis;
	}

}
