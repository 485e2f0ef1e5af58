package sage.server.testing;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import sage.server.SageApplication;

/**
 * One Sage node of a multi-node test: the whole server on a random port, on this build's
 * PostgreSQL schema and the shared Redis, as a deployment of several nodes runs. Redis
 * keys carry the build's run id, so parallel builds never share entries.
 */
public final class SageNode {

	private SageNode() {
	}

	/**
	 * Starts node {@code name} with {@code extra} command-line arguments
	 * ({@code --sage.market.replay.enabled=true}).
	 */
	public static ConfigurableApplicationContext start(String name, String... extra) {
		return startInSchema(name, PostgresSchema.name(), extra);
	}

	/**
	 * Starts node {@code name} on its own PostgreSQL {@code schema} (created by Flyway):
	 * for nodes whose rows other tests must not read, such as accounts encrypted with
	 * identity keys of their own.
	 */
	public static ConfigurableApplicationContext startInSchema(String name, String schema, String... extra) {
		String runId = System.getProperty("sage.it.run-id", "local");
		String runDir = System.getProperty("sage.it.run-dir", "target/it-run");
		String[] common = { "--server.port=0", "--sage.data-dir=" + runDir + "/node-" + name,
				"--sage.db.url="
						+ System.getenv().getOrDefault("SAGE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test")
						+ "?currentSchema=" + schema,
				"--sage.db.user=" + System.getenv().getOrDefault("SAGE_IT_PG_USER", "postgres"),
				"--sage.redis.url=" + System.getenv().getOrDefault("SAGE_IT_REDIS_URL", "redis://127.0.0.1:6379"),
				"--spring.flyway.schemas=" + schema, "--spring.cache.redis.key-prefix=sage:it:" + runId + ":",
				// the build's tests all sign in from 127.0.0.1 through buckets shared in
				// Redis
				"--sage.rate-limits.groups.login.per-minute=100000" };
		String[] args = new String[common.length + extra.length];
		System.arraycopy(common, 0, args, 0, common.length);
		System.arraycopy(extra, 0, args, common.length, extra.length);
		return new SpringApplicationBuilder(SageApplication.class).run(args);
	}

	/** The port the node's web server listens on. */
	public static int port(ConfigurableApplicationContext node) {
		return ((WebServerApplicationContext) node).getWebServer().getPort();
	}

}
