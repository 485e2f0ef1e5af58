package sage.server.platform.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.ResolvableType;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Explains the start-up failures an operator can fix, in one line each: a bad
 * {@code sage.*} setting (naming the key, the value and what is allowed), a data
 * directory that cannot be written, a data directory another Sage process holds.
 */
public class StartupFailureAnalyzer implements FailureAnalyzer {

	@Override
	public @Nullable FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			FailureAnalysis analysis = analyzeOne(cause);
			if (analysis != null) {
				return analysis;
			}
		}
		return null;
	}

	private @Nullable FailureAnalysis analyzeOne(Throwable cause) {
		if (cause instanceof BindException bind && bind.getName().toString().startsWith("sage")) {
			return (bind.getCause() instanceof BindValidationException validation) ? invalid(bind, validation)
					: unreadable(bind);
		}
		if (cause instanceof DataDirException dataDir) {
			return new FailureAnalysis("Sage cannot write its data directory " + dataDir.dataDir() + ".",
					"Make it writable, or choose another one with --data-dir DIR (sage.data-dir, SAGE_DATA_DIR).",
					cause);
		}
		if (cause.getClass().getName().startsWith("org.h2.")
				&& String.valueOf(cause.getMessage()).contains("Database may be already in use")) {
			return new FailureAnalysis(
					"The embedded database is in use by another process (is another Sage running on the same data directory?).",
					"Stop the other Sage, or start this one with its own --data-dir DIR.", cause);
		}
		return null;
	}

	private static FailureAnalysis invalid(BindException bind, BindValidationException validation) {
		List<String> problems = new ArrayList<>();
		for (ObjectError error : validation.getValidationErrors().getAllErrors()) {
			String key = (error instanceof FieldError field)
					? validation.getValidationErrors().getName() + "." + kebab(field.getField())
					: validation.getValidationErrors().getName().toString();
			Object value = (error instanceof FieldError field) ? asWritten(validation, key, field.getRejectedValue())
					: null;
			problems.add(key + "=" + quoted(key, value) + " " + error.getDefaultMessage());
		}
		String keys = problems.stream().map((p) -> p.substring(0, p.indexOf('='))).collect(Collectors.joining(", "));
		return new FailureAnalysis("Invalid setting: " + String.join("; ", problems),
				"Fix " + keys + " (as a --key=value argument, in application.yaml, or as the environment variable "
						+ envVar(keys.split(", ")[0]) + ") and start again.",
				bind);
	}

	/**
	 * The value as the operator wrote it ({@code 100MB}), not as converted
	 * ({@code 104857600B}).
	 */
	private static @Nullable Object asWritten(BindValidationException validation, String key,
			@Nullable Object converted) {
		for (ConfigurationProperty property : validation.getValidationErrors().getBoundProperties()) {
			if (property.getName().toString().equals(key)) {
				return property.getValue();
			}
		}
		return converted;
	}

	private static FailureAnalysis unreadable(BindException bind) {
		String key = bind.getName().toString();
		ConfigurationProperty property = bind.getProperty();
		Object value = (property != null) ? property.getValue() : null;
		return new FailureAnalysis(
				"Invalid setting: " + key + "=" + quoted(key, value) + " is not " + allowed(bind.getTarget().getType()),
				"Fix " + key + " (as a --key=value argument, in application.yaml, or as the environment variable "
						+ envVar(key) + ") and start again.",
				bind);
	}

	/** What a value of the target type looks like, in words. */
	static String allowed(ResolvableType type) {
		Class<?> raw = type.resolve(Object.class);
		if (raw.isEnum()) {
			return "one of " + Arrays.stream(raw.getEnumConstants())
				.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
		}
		if (raw == DataSize.class) {
			return "a size such as 512KB or 1MB";
		}
		if (raw == Duration.class) {
			return "a duration such as 30s or 5m";
		}
		if (raw == Boolean.class || raw == boolean.class) {
			return "true or false";
		}
		if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
			return "a whole number";
		}
		if (raw == Path.class) {
			return "a file system path";
		}
		return "a valid " + raw.getSimpleName();
	}

	private static String quoted(String key, @Nullable Object value) {
		if (value == null) {
			return "(empty)";
		}
		// never echo a secret into the log, nor the credentials inside a URL
		if (key.contains("password") || key.contains("secret") || key.contains("api-key") || key.contains("token")) {
			return "'******'";
		}
		return "'" + String.valueOf(value).replaceAll("//[^@/]*@", "//******@") + "'";
	}

	static String envVar(String key) {
		return key.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT);
	}

	static String kebab(String field) {
		return field.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
	}

}
