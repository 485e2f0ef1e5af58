package sage.server.market.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;

/**
 * One run of a job at a time: within this process always, and across every node that
 * shares a PostgreSQL database through a session advisory lock
 * ({@code pg_try_advisory_lock}), held on its own connection for the whole run. On the
 * embedded database there is only one node, so the in-process lock is the whole story.
 */
@Component
class JobLocks {

	private static final Logger log = LoggerFactory.getLogger(JobLocks.class);

	private final DataSource dataSource;

	private final Set<String> held = ConcurrentHashMap.newKeySet();

	private volatile @Nullable Boolean postgres;

	JobLocks(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/**
	 * Takes the lock of {@code job} if nobody holds it.
	 * @return the lock, to be closed when the run ends; empty when a run of the job is
	 * going on here or on another node
	 */
	Optional<Held> tryHold(String job) {
		if (!this.held.add(job)) {
			return Optional.empty();
		}
		try {
			if (!isPostgres()) {
				return Optional.of(new Held(job, null));
			}
			Connection connection = this.dataSource.getConnection();
			if (advisory(connection, "select pg_try_advisory_lock(?)", job)) {
				return Optional.of(new Held(job, connection));
			}
			connection.close();
			this.held.remove(job);
			return Optional.empty();
		}
		catch (SQLException | RuntimeException ex) {
			this.held.remove(job);
			throw new DataAccessResourceFailureException("could not take the lock of ingestion job " + job, ex);
		}
	}

	/** Whether a run of {@code job} holds the lock in this process. */
	boolean isHeldHere(String job) {
		return this.held.contains(job);
	}

	private boolean isPostgres() throws SQLException {
		Boolean known = this.postgres;
		if (known == null) {
			try (Connection connection = this.dataSource.getConnection()) {
				known = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
			}
			this.postgres = known;
		}
		return known;
	}

	private static boolean advisory(Connection connection, String sql, String job) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key(job));
			try (ResultSet rs = statement.executeQuery()) {
				return rs.next() && rs.getBoolean(1);
			}
		}
	}

	/**
	 * The advisory lock key of {@code job}: 64 bits of a SHA-256, so that jobs, and other
	 * users of advisory locks, do not collide by accident.
	 */
	static long key(String job) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("sage.market.ingestion:" + job).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JDK has SHA-256", ex);
		}
	}

	/** A held job lock; closing it lets the next run go. */
	final class Held implements AutoCloseable {

		private final String job;

		private final @Nullable Connection connection;

		private Held(String job, @Nullable Connection connection) {
			this.job = job;
			this.connection = connection;
		}

		@Override
		public void close() {
			try {
				if (this.connection != null) {
					advisory(this.connection, "select pg_advisory_unlock(?)", this.job);
					this.connection.close();
				}
			}
			catch (SQLException ex) {
				// closing the session releases its advisory locks as well
				log.warn("Could not release the lock of ingestion job {}: {}", this.job, ex.getMessage());
			}
			finally {
				JobLocks.this.held.remove(this.job);
			}
		}

	}

}
