package sage.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** The schema one build's PostgreSQL integration tests run in. */
public final class PostgresSchema {

	/** Resolved by Spring from the failsafe system property {@code sage.it.run-id}. */
	static final String NAME_PLACEHOLDER = "it_${sage.it.run-id:local}";

	private PostgresSchema() {
	}

	/** The schema name, as Spring resolves {@link #NAME_PLACEHOLDER}. */
	public static String name() {
		return "it_" + System.getProperty("sage.it.run-id", "local");
	}

	/** Drops this build's schema and everything in it. */
	public static void drop() throws SQLException {
		drop(name());
	}

	/**
	 * Drops a schema of this build and everything in it: the shared one, or one a test
	 * kept to itself ({@link #name()} with a suffix).
	 */
	public static void drop(String schema) throws SQLException {
		if (!schema.startsWith(name())) {
			throw new IllegalArgumentException("Not a schema of this build: " + schema);
		}
		String url = System.getenv().getOrDefault("SAGE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		String user = System.getenv().getOrDefault("SAGE_IT_PG_USER", "postgres");
		try (Connection connection = DriverManager.getConnection(url, user, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
		}
	}

}
