package sage.server.audit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import sage.server.audit.AuditRecord;
import sage.server.audit.store.AuditStore;
import sage.server.testing.SageJar;
import sage.server.testing.SageJar.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code java -jar sage.jar audit verify} as {@code ./sage audit verify} runs it (the
 * packaged jar, a fresh data directory): intact, then a row changed behind the log's back
 * with plain SQL on the H2 file. Its usage and refusals are run in the server's JVM
 * ({@link AuditCommandUsageIT}).
 */
class AuditCommandIT {

	@TempDir
	Path dir;

	@Test
	void saysIntactThenFindsTheTamperedRow() throws Exception {
		Result empty = sage("audit", "verify");
		assertThat(empty.exitCode()).as(empty.err()).isZero();
		assertThat(empty.out()).isEqualTo("Audit log intact: 0 rows checked.\n");

		AuditRecord second;
		try (Connection connection = h2()) {
			AuditStore store = new AuditStore(new SingleConnectionDataSource(connection, true));
			store.append(draft("user.signed-in"));
			second = store.append(draft("role.changed"));
			store.append(draft("user.signed-out"));
		}
		Result intact = sage("audit", "verify");
		assertThat(intact.exitCode()).as(intact.err()).isZero();
		assertThat(intact.out()).isEqualTo("Audit log intact: 3 rows checked, last seq 3.\n");

		try (Connection connection = h2(); Statement statement = connection.createStatement()) {
			statement.executeUpdate("update audit_log set new_value = '{\"role\":\"USER\"}' where seq = 2");
		}
		Result broken = sage("audit", "verify");
		assertThat(broken.exitCode()).isEqualTo(1);
		assertThat(broken.out()).startsWith("Audit log BROKEN: seq 2: the row was changed: its contents hash to ")
			.contains("but it stores " + second.hash())
			.endsWith("1 row before it checked and intact.\n");
	}

	private static AuditRecord draft(String action) {
		return new AuditRecord(0, java.time.Instant.parse("2026-05-01T12:00:00Z"), "user-1", action, "user", "user-1",
				null, "{\"role\":\"ADMIN\"}", null, null, null, "", "");
	}

	/** The H2 file the command opened, with the URL options the server uses. */
	private Connection h2() throws SQLException {
		return DriverManager.getConnection(
				"jdbc:h2:file:" + this.dir.resolve("data").toAbsolutePath().resolve("sage")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE",
				"sa", "");
	}

	private Result sage(String... args) throws IOException, InterruptedException {
		return SageJar.run(this.dir, args);
	}

}
