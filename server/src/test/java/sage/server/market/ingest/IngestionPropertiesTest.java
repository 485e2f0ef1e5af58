package sage.server.market.ingest;

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
import org.springframework.core.env.MapPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import sage.engine.series.Timeframe;
import sage.server.platform.config.StartupFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** {@code sage.market.ingestion.*} bound as Spring binds it from a YAML file at start. */
class IngestionPropertiesTest {

	private static final String JOB = "sage.market.ingestion.jobs.stocks-daily.";

	@Test
	void noJobIsConfiguredOutOfTheBox() {
		assertThat(bind(Map.of()).jobs()).isEmpty();
	}

	@Test
	void aJobTakesItsDefaultsAndKeepsTheSpellingOfProviderSymbols() {
		IngestionProperties properties = bind(Map.of(JOB + "provider", "coingecko", JOB + "symbols", "BTC-USD,SPY",
				JOB + "interval", "1h", JOB + "derive", "4h,1d", JOB + "provider-symbols.BTC-USD", "bitcoin"));

		IngestionJob job = IngestionJob.of("stocks-daily", properties.jobs().get("stocks-daily"));

		assertThat(job.symbols()).containsExactly("BTC-USD", "SPY");
		assertThat(job.interval()).isEqualTo(Timeframe.H1);
		assertThat(job.every()).isEqualTo(Duration.ofHours(1));
		assertThat(job.backfill()).isEqualTo(Duration.ofDays(365));
		assertThat(job.derive()).containsExactly(Timeframe.H4, Timeframe.D1);
		assertThat(job.enabled()).isFalse();
		assertThat(job.providerSymbol("BTC-USD")).contains("bitcoin");
	}

	@Test
	void explainsABadJobInOneLineNamingTheKey() {
		Map<String, Object> job = Map.of(JOB + "provider", "yahoo", JOB + "symbols", "SPY", JOB + "interval", "1d");
		assertThat(analyze(with(job, JOB + "interval", "daily")))
			.isEqualTo("Invalid setting: sage.market.ingestion.jobs.stocks-daily.interval='daily' "
					+ "must be one of 1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w");
		assertThat(analyze(with(job, JOB + "derive", "4h")))
			.startsWith("Invalid setting: sage.market.ingestion.jobs.stocks-daily.derive")
			.endsWith("must be a whole multiple of the interval, and longer");
		assertThat(analyze(with(job, JOB + "every", "0s"))).isEqualTo(
				"Invalid setting: sage.market.ingestion.jobs.stocks-daily.every='0s' must be between 1s and 30d");
		assertThat(analyze(Map.of(JOB + "provider", "yahoo", JOB + "interval", "1d")))
			.contains("sage.market.ingestion.jobs.stocks-daily.symbols")
			.contains("must list at least one symbol");
		assertThat(analyze(Map.of("sage.market.ingestion.jobs.Stocks_Daily.provider", "yahoo",
				"sage.market.ingestion.jobs.Stocks_Daily.symbols", "SPY",
				"sage.market.ingestion.jobs.Stocks_Daily.interval", "1d")))
			.contains("job names must be 1-64 lower-case letters, digits and dashes");
	}

	private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
		Map<String, Object> map = new java.util.HashMap<>(base);
		map.put(key, value);
		return map;
	}

	private static IngestionProperties bind(Map<String, Object> yaml) {
		Binder binder = new Binder(ConfigurationPropertySources.from(new MapPropertySource("yaml", yaml)));
		try (ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory()) {
			return binder.bindOrCreate("sage.market.ingestion", Bindable.of(IngestionProperties.class),
					new ValidationBindHandler(new SpringValidatorAdapter(factory.getValidator())));
		}
	}

	private static String analyze(Map<String, Object> yaml) {
		Throwable failure = catchThrowable(() -> bind(yaml));
		assertThat(failure).as("binding should fail").isNotNull();
		var analysis = new StartupFailureAnalyzer().analyze(failure);
		assertThat(analysis).as("analysis of %s", failure).isNotNull();
		return analysis.getDescription();
	}

}
