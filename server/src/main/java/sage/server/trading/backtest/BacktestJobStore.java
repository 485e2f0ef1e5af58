package sage.server.trading.backtest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import sage.server.trading.BacktestJob;

/**
 * Backtest jobs in {@code trading_backtest_job}. Reads and deletes name the owner, so
 * another account's job id finds nothing.
 */
@Repository
public class BacktestJobStore {

	private final JdbcClient jdbc;

	BacktestJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Keeps a new job of {@code owner}. */
	@Transactional
	public void save(BacktestJob job, UUID owner) {
		this.jdbc.sql("""
				insert into trading_backtest_job
				    (id, owner_id, status, strategy, symbol, timeframe, bar_count, bars_done, created_at, finished_at,
				     error)
				values (:id, :owner, :status, :strategy, :symbol, :timeframe, :bars, :done, :created, :finished,
				        :error)""")
			.param("id", job.id())
			.param("owner", owner.toString())
			.param("status", job.status())
			.param("strategy", job.strategy())
			.param("symbol", job.symbol())
			.param("timeframe", job.interval())
			.param("bars", job.bars())
			.param("done", job.done())
			.param("created", utc(job.createdAt()))
			.param("finished", utc(job.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("error", job.error(), Types.VARCHAR)
			.update();
	}

	/** Replaces a job's status, progress and outcome; nothing when it was deleted. */
	@Transactional
	public void update(BacktestJob job) {
		this.jdbc.sql("""
				update trading_backtest_job
				   set status = :status, bars_done = :done, finished_at = :finished, error = :error
				 where id = :id""")
			.param("id", job.id())
			.param("status", job.status())
			.param("done", job.done())
			.param("finished", utc(job.finishedAt()), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("error", job.error(), Types.VARCHAR)
			.update();
	}

	/** The job with this id, if {@code owner} owns it. */
	@Transactional(readOnly = true)
	public Optional<BacktestJob> find(UUID owner, String id) {
		return this.jdbc.sql("select * from trading_backtest_job where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(BacktestJobStore::job)
			.optional();
	}

	/** Deletes a job of {@code owner}; false when they have none with this id. */
	@Transactional
	public boolean delete(UUID owner, String id) {
		return this.jdbc.sql("delete from trading_backtest_job where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.update() > 0;
	}

	/**
	 * Marks jobs that were queued or running when the server stopped as failed.
	 * @return how many
	 */
	@Transactional
	public int failUnfinished(String reason, Instant at) {
		return this.jdbc.sql("""
				update trading_backtest_job set status = 'FAILED', finished_at = :at, error = :reason
				 where status in ('QUEUED', 'RUNNING')""")
			.param("at", utc(at), Types.TIMESTAMP_WITH_TIMEZONE)
			.param("reason", reason)
			.update();
	}

	private static BacktestJob job(ResultSet row, int number) throws SQLException {
		String id = row.getString("id");
		String status = row.getString("status");
		return new BacktestJob(id, status, row.getString("strategy"), row.getString("symbol"),
				row.getString("timeframe"), row.getInt("bar_count"), row.getInt("bars_done"),
				row.getObject("created_at", OffsetDateTime.class).toInstant(),
				instant(row.getObject("finished_at", OffsetDateTime.class)), row.getString("error"),
				status.equals("DONE") ? BacktestJob.resultPath(id) : null);
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant at) {
		return (at != null) ? OffsetDateTime.ofInstant(at, ZoneOffset.UTC) : null;
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return (at != null) ? at.toInstant() : null;
	}

}
