package sage.server.platform.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import sage.server.platform.SageProperties;

/**
 * Turns the few {@code sage.*} settings into Spring's many: with nothing configured, Sage
 * runs on an embedded H2 file database under the data directory with in-process caches;
 * with {@code SAGE_DB_URL} it runs on PostgreSQL, with {@code SAGE_REDIS_URL} it shares
 * caches through Redis and reports Redis in readiness.
 *
 * <p>
 * Runs before any bean exists, so it also validates {@code sage.*} first: a bad value
 * stops start-up before the database is touched. Values set explicitly under
 * {@code spring.*} win over what is derived here.
 */
public class EmbeddedDefaults implements EnvironmentPostProcessor, Ordered {

	static final String SOURCE_NAME = "sageEmbeddedDefaults";

	private static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
			"org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
			"org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration");

	@Override
	public int getOrder() {
		// after application.yaml and profiles are loaded
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		SageProperties sage = bindValidated(environment);
		Map<String, Object> derived = new LinkedHashMap<>();
		Path dataDir = createDataDir(sage.dataDir());
		derived.put("sage.data-dir", dataDir.toString());
		if (sage.logFormat() == SageProperties.LogFormat.JSON || environment.containsProperty("json-logs")) {
			derived.put("logging.structured.format.console", "logstash");
		}
		database(sage.db(), dataDir, derived);
		List<String> readiness = new ArrayList<>(List.of("readinessState", "db"));
		if (sage.redis().isConfigured()) {
			derived.put("spring.data.redis.url", sage.redis().url());
			derived.put("spring.cache.type", "redis");
			readiness.add("redis");
		}
		else {
			List<String> excluded = new ArrayList<>(REDIS_AUTO_CONFIGURATIONS);
			String already = environment.getProperty("spring.autoconfigure.exclude");
			if (already != null && !already.isBlank()) {
				excluded.add(already);
			}
			derived.put("spring.autoconfigure.exclude", String.join(",", excluded));
			derived.put("spring.cache.type", "caffeine");
		}
		derived.put("management.endpoint.health.group.readiness.include", String.join(",", readiness));
		environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, derived));
	}

	private static void database(SageProperties.Database db, Path dataDir, Map<String, Object> derived) {
		if (db.isConfigured()) {
			derived.put("spring.datasource.url", db.url());
			if (db.user() != null) {
				derived.put("spring.datasource.username", db.user());
			}
			if (db.password() != null) {
				derived.put("spring.datasource.password", db.password());
			}
			return;
		}
		// PostgreSQL mode keeps one set of migrations for both databases; AUTO_SERVER
		// lets a command (./sage backtest) open the file while ./sage serve has it open;
		// WRITE_DELAY=0 writes each commit at once: with H2's default (500 ms) a killed
		// process lost the last half second of committed orders, fills and audit rows
		derived.put("spring.datasource.url", "jdbc:h2:file:" + dataDir.resolve("sage")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE;WRITE_DELAY=0");
		derived.put("spring.datasource.username", "sa");
		derived.put("spring.datasource.password", "");
	}

	static SageProperties bindValidated(ConfigurableEnvironment environment) {
		try (ValidatorFactory factory = Validation.byDefaultProvider()
			.configure()
			.messageInterpolator(new ParameterMessageInterpolator())
			.buildValidatorFactory()) {
			ValidationBindHandler handler = new ValidationBindHandler(
					new SpringValidatorAdapter(factory.getValidator()));
			BindResult<SageProperties> result = Binder.get(environment)
				.bind("sage", Bindable.of(SageProperties.class), handler);
			return result.orElseGet(
					() -> Binder.get(environment).bindOrCreate("sage", Bindable.of(SageProperties.class), handler));
		}
	}

	private static Path createDataDir(Path configured) {
		Path dataDir = configured.toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(new DataDirException(dataDir, ex));
		}
		if (!Files.isWritable(dataDir)) {
			throw new UncheckedIOException(new DataDirException(dataDir, null));
		}
		return dataDir;
	}

}
