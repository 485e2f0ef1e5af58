package sage.server.platform;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import sage.server.platform.config.DataSizeRange;

/**
 * Settings under {@code sage.*}, validated at start: a bad value stops start-up with one
 * line naming the key and what it allows. Each key also reads from an environment
 * variable ({@code sage.db.url} from {@code SAGE_DB_URL}).
 *
 * @param dataDir where the embedded database and other local state live
 * @param logFormat {@code text} for people, {@code json} for log collectors
 * @param db the system of record; empty means the embedded database under {@code dataDir}
 * @param redis shared cache; empty means in-process caches
 * @param http limits on incoming requests
 */
@ConfigurationProperties("sage")
@Validated
public record SageProperties(@DefaultValue("./data") @NotNull Path dataDir,
		@DefaultValue("text") @NotNull LogFormat logFormat, @DefaultValue @Valid Database db,
		@DefaultValue @Valid Redis redis, @DefaultValue @Valid Http http) {

	/** How log lines are written. */
	public enum LogFormat {

		/** Readable lines with the request id. */
		TEXT,
		/** One JSON object per line (logstash layout). */
		JSON

	}

	/**
	 * The database. PostgreSQL in production; H2 files under the data directory by
	 * default.
	 *
	 * @param url JDBC URL, e.g. {@code jdbc:postgresql://db:5432/sage}
	 * @param user database user
	 * @param password database password (never logged)
	 */
	public record Database(
			@Nullable @Pattern(regexp = "jdbc:(postgresql|h2):.+",
					message = "must be a JDBC URL starting with jdbc:postgresql: (or jdbc:h2:)") String url,
			@Nullable String user, @Nullable String password) {

		/** Whether an external database is configured. */
		public boolean isConfigured() {
			return this.url != null && !this.url.isBlank();
		}

		@Override
		public String toString() {
			return "Database[url=" + this.url + ", user=" + this.user + ", password="
					+ ((this.password != null) ? "******" : null) + "]";
		}

	}

	/**
	 * Redis, used for shared caches when several nodes serve the same users.
	 *
	 * @param url e.g. {@code redis://localhost:6379} or
	 * {@code rediss://user:secret@host:6380}
	 */
	public record Redis(
			@Nullable @Pattern(regexp = "rediss?://.+", message = "must be a redis:// or rediss:// URL") String url) {

		/** Whether Redis is configured. */
		public boolean isConfigured() {
			return this.url != null && !this.url.isBlank();
		}

		@Override
		public String toString() {
			return "Redis[url=" + ((this.url != null) ? this.url.replaceAll("//[^@/]*@", "//******@") : null) + "]";
		}

	}

	/**
	 * Limits on incoming HTTP requests.
	 *
	 * @param maxRequestSize the largest request body accepted; larger ones get a 413
	 */
	public record Http(@DefaultValue("1MB") @DataSizeRange(min = "1KB", max = "64MB") DataSize maxRequestSize) {

	}

}
