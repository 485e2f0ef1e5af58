package sage.server.market.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The runs of ingestion jobs, in {@code market_ingestion_run}. */
@Repository
class IngestionRuns {

	private static final int MAX_ERROR = 2000;

	private static final String COLUMNS = """
			id, job, started_at, finished_at, result, rows_fetched, rows_stored, rows_quarantined, error""";

	private final JdbcClient jdbc;

	IngestionRuns(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records that {@code job} started at {@code at}. */
	IngestionRun start(String job, Instant at) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc.sql("""
				insert into market_ingestion_run (job, started_at, result, rows_fetched, rows_stored, rows_quarantined)
				values (:job, :at, 'RUNNING', 0, 0, 0)""").param("job", job).param("at", utc(at)).update(key, "id");
		long id = key.getKeyAs(Long.class);
		return new IngestionRun(id, job, at, null, IngestionRun.Result.RUNNING, 0, 0, 0, null);
	}

	/** Records how run {@code id} ended. */
	IngestionRun finish(IngestionRun started, Instant at, RunTally tally) {
		String error = tally.errors().isEmpty() ? null : clip(String.join("\n", tally.errors()));
		IngestionRun.Result result = (error == null) ? IngestionRun.Result.SUCCEEDED : IngestionRun.Result.FAILED;
		this.jdbc.sql("""
				update market_ingestion_run set finished_at = :at, result = :result, rows_fetched = :fetched,
				  rows_stored = :stored, rows_quarantined = :quarantined, error = :error
				where id = :id""")
			.param("at", utc(at))
			.param("result", result.name())
			.param("fetched", tally.fetched())
			.param("stored", tally.stored())
			.param("quarantined", tally.quarantined())
			.param("error", error)
			.param("id", started.id())
			.update();
		return new IngestionRun(started.id(), started.job(), started.startedAt(), at, result, tally.fetched(),
				tally.stored(), tally.quarantined(), error);
	}

	/** The latest run of {@code job}, finished or not. */
	Optional<IngestionRun> last(String job) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from market_ingestion_run where job = :job order by started_at desc, id desc limit 1")
			.param("job", job)
			.query(IngestionRuns::run)
			.optional();
	}

	/** The latest runs of {@code job}, newest first. */
	List<IngestionRun> recent(String job, int limit) {
		return this.jdbc
			.sql("select " + COLUMNS
					+ " from market_ingestion_run where job = :job order by started_at desc, id desc limit :limit")
			.param("job", job)
			.param("limit", limit)
			.query(IngestionRuns::run)
			.list();
	}

	/** When {@code job} last finished without an error. */
	Optional<Instant> lastSuccess(String job) {
		return this.jdbc.sql("""
				select max(finished_at) from market_ingestion_run where job = :job and result = 'SUCCEEDED'""")
			.param("job", job)
			.query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
			.single()
			.map(OffsetDateTime::toInstant);
	}

	private static IngestionRun run(ResultSet rs, int row) throws SQLException {
		OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
		return new IngestionRun(rs.getLong("id"), rs.getString("job"),
				rs.getObject("started_at", OffsetDateTime.class).toInstant(),
				(finished != null) ? finished.toInstant() : null, IngestionRun.Result.valueOf(rs.getString("result")),
				rs.getInt("rows_fetched"), rs.getInt("rows_stored"), rs.getInt("rows_quarantined"),
				rs.getString("error"));
	}

	private static @Nullable String clip(@Nullable String text) {
		return (text == null || text.length() <= MAX_ERROR) ? text : text.substring(0, MAX_ERROR - 1) + "…";
	}

	private static OffsetDateTime utc(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
