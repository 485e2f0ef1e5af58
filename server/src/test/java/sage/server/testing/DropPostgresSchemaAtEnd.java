package sage.server.testing;

import java.sql.SQLException;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops this build's PostgreSQL schema when the integration tests are done, so the shared
 * {@code test} database does not fill up with old runs. Only in a failsafe run (which
 * sets {@code sage.it.run-id}); a failure to connect is not a test failure.
 */
public class DropPostgresSchemaAtEnd implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (System.getProperty("sage.it.run-id") == null) {
			return;
		}
		try {
			PostgresSchema.drop();
		}
		catch (SQLException ex) {
			System.err.println("Could not drop PostgreSQL schema " + PostgresSchema.name() + ": " + ex.getMessage());
		}
	}

}
