package sage.server.trading.sweep;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import sage.server.trading.SweepJob;

/**
 * Sweeps in {@code trading_sweep}: the status for queries and the job as JSON. Reads and
 * deletes name the owner, so another account's sweep id finds nothing.
 */
@Repository
public class SweepStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	SweepStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Keeps a new sweep of {@code owner}. */
	@Transactional
	public void save(SweepJob job, UUID owner) {
		this.jdbc.sql("""
				insert into trading_sweep (id, owner_id, status, created_at, job_json)
				values (:id, :owner, :status, :at, :json)""")
			.param("id", job.id())
			.param("owner", owner.toString())
			.param("status", job.status())
			.param("at", OffsetDateTime.ofInstant(job.createdAt(), ZoneOffset.UTC))
			.param("json", this.json.writeValueAsString(job))
			.update();
	}

	/** Replaces a kept sweep's state; nothing when it was deleted meanwhile. */
	@Transactional
	public void update(SweepJob job) {
		this.jdbc.sql("update trading_sweep set status = :status, job_json = :json where id = :id")
			.param("id", job.id())
			.param("status", job.status())
			.param("json", this.json.writeValueAsString(job))
			.update();
	}

	/** The kept sweep with this id, if {@code owner} owns it. */
	@Transactional(readOnly = true)
	public Optional<SweepJob> find(UUID owner, String id) {
		return this.jdbc.sql("select job_json from trading_sweep where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.query(String.class)
			.optional()
			.map((text) -> this.json.readValue(text, SweepJob.class));
	}

	/**
	 * The newest sweeps of {@code owner}, newest first, without their combinations (with
	 * their walk-forward, which is small).
	 */
	@Transactional(readOnly = true)
	public List<SweepJob> recent(UUID owner, int limit) {
		return this.jdbc
			.sql("select job_json from trading_sweep where owner_id = :owner order by created_at desc, id limit :limit")
			.param("owner", owner.toString())
			.param("limit", limit)
			.query(String.class)
			.list()
			.stream()
			.map((text) -> this.json.readValue(text, SweepJob.class))
			.map((job) -> new SweepJob(job.id(), job.status(), job.strategy(), job.symbol(), job.interval(),
					job.metric(), job.parameters(), job.combinations(), job.done(), job.bars(), job.from(), job.to(),
					job.cash(), job.commission(), job.createdAt(), job.finishedAt(), job.error(), job.best(), null,
					job.walkForward()))
			.toList();
	}

	/** Deletes a sweep of {@code owner}; false when they have none with this id. */
	@Transactional
	public boolean delete(UUID owner, String id) {
		return this.jdbc.sql("delete from trading_sweep where id = :id and owner_id = :owner")
			.param("id", id)
			.param("owner", owner.toString())
			.update() > 0;
	}

	/**
	 * Marks sweeps that were queued or running when the server stopped as failed.
	 * @return how many
	 */
	@Transactional
	public int failUnfinished(String reason, Instant at) {
		List<SweepJob> unfinished = this.jdbc
			.sql("select job_json from trading_sweep where status in ('QUEUED', 'RUNNING')")
			.query(String.class)
			.list()
			.stream()
			.map((text) -> this.json.readValue(text, SweepJob.class))
			.toList();
		for (SweepJob job : unfinished) {
			update(new SweepJob(job.id(), "FAILED", job.strategy(), job.symbol(), job.interval(), job.metric(),
					job.parameters(), job.combinations(), job.done(), job.bars(), job.from(), job.to(), job.cash(),
					job.commission(), job.createdAt(), at, reason, null, null, job.walkForward()));
		}
		return unfinished.size();
	}

}
