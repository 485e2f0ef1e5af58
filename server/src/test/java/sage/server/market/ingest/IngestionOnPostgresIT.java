package sage.server.market.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;

import sage.server.market.IngestionRunStarted;
import sage.server.market.MarketProblems;
import sage.server.platform.ProblemException;
import sage.server.testing.OnPostgresAndRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Ingestion on the real PostgreSQL, where a job's lock is shared by every node. */
@OnPostgresAndRedis
@Import(IngestionContract.StoppedClock.class)
@DisplayName("Ingestion on PostgreSQL")
class IngestionOnPostgresIT extends IngestionContract {

	@Test
	void aJobHeldByAnotherNodeDoesNotRunHere() throws Exception {
		String url = System.getenv().getOrDefault("SAGE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		String user = System.getenv().getOrDefault("SAGE_IT_PG_USER", "postgres");
		try (Connection otherNode = DriverManager.getConnection(url, user, "")) {
			advisory(otherNode, "select pg_advisory_lock(?)");

			assertThatExceptionOfType(ProblemException.class)
				.isThrownBy(() -> this.ingestion.runNow("slow-daily", IngestionRunStarted.SCHEDULE))
				.satisfies((ex) -> assertThat(ex.problemType()).isEqualTo(MarketProblems.INGESTION_RUNNING));
			assertThat(this.ingestion.job("slow-daily").running()).isFalse();

			advisory(otherNode, "select pg_advisory_unlock(?)");
		}
		serve("ZZ.SLOW", "chart-AAPL-2020-08-31-to-2020-11-07.json");
		assertThat(runToEnd("slow-daily").result()).isEqualTo(IngestionRun.Result.SUCCEEDED);
	}

	private static void advisory(Connection connection, String sql) throws Exception {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, JobLocks.key("slow-daily"));
			statement.executeQuery().close();
		}
	}

}
