package sage.server.audit.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import sage.server.audit.AuditFilter;
import sage.server.audit.AuditRecord;
import sage.server.audit.chain.ChainHash;

/**
 * {@code audit_log} and its one-row head {@code audit_log_head}. Rows are only ever
 * inserted. The callers own the transactions: an append must run in the transaction of
 * the change it records.
 */
@Repository
public class AuditStore {

	/** Rows fetched per round trip while streaming (verify, export). */
	private static final int FETCH_SIZE = 500;

	private static final String COLUMNS = "seq, occurred_at, actor, action, entity_type, entity_id, old_value, "
			+ "new_value, ip, user_agent, request_id, prev_hash, hash";

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate streaming;

	public AuditStore(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(FETCH_SIZE);
		this.streaming = new NamedParameterJdbcTemplate(template);
	}

	/**
	 * Appends {@code draft} as the chain's next row: locks the head (so appends from
	 * every thread and node take turns until this transaction ends), takes the next seq
	 * and the previous hash, hashes the row, inserts it and moves the head.
	 * @param draft the row; its {@code seq}, {@code prevHash} and {@code hash} are
	 * ignored
	 * @return the row as stored
	 */
	public AuditRecord append(AuditRecord draft) {
		Head head = this.jdbc.sql("select last_seq, last_hash from audit_log_head where id = 1 for update")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
		AuditRecord unhashed = new AuditRecord(head.seq() + 1, draft.occurredAt(), draft.actor(), draft.action(),
				draft.entityType(), draft.entityId(), draft.oldValue(), draft.newValue(), draft.ip(), draft.userAgent(),
				draft.requestId(), head.hash(), "");
		String hash = ChainHash.of(unhashed);
		AuditRecord row = new AuditRecord(unhashed.seq(), unhashed.occurredAt(), unhashed.actor(), unhashed.action(),
				unhashed.entityType(), unhashed.entityId(), unhashed.oldValue(), unhashed.newValue(), unhashed.ip(),
				unhashed.userAgent(), unhashed.requestId(), unhashed.prevHash(), hash);
		this.jdbc
			.sql("insert into audit_log (" + COLUMNS + ") values (:seq, :at, :actor, :action, :entityType, "
					+ ":entityId, :oldValue, :newValue, :ip, :userAgent, :requestId, :prevHash, :hash)")
			.param("seq", row.seq())
			.param("at", OffsetDateTime.ofInstant(row.occurredAt(), ZoneOffset.UTC))
			.param("actor", row.actor())
			.param("action", row.action())
			.param("entityType", row.entityType())
			.param("entityId", row.entityId())
			.param("oldValue", row.oldValue())
			.param("newValue", row.newValue())
			.param("ip", row.ip())
			.param("userAgent", row.userAgent())
			.param("requestId", row.requestId())
			.param("prevHash", row.prevHash())
			.param("hash", row.hash())
			.update();
		this.jdbc.sql("update audit_log_head set last_seq = :seq, last_hash = :hash where id = 1")
			.param("seq", row.seq())
			.param("hash", row.hash())
			.update();
		return row;
	}

	/** The last seq and hash the head names. */
	public Head head() {
		return this.jdbc.sql("select last_seq, last_hash from audit_log_head where id = 1")
			.query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
			.single();
	}

	/** One page of the rows that match, newest first. */
	public List<AuditRecord> find(AuditFilter filter, int page, int size) {
		Where where = Where.of(filter);
		Map<String, Object> params = new LinkedHashMap<>(where.params());
		params.put("limit", size);
		params.put("offset", (long) page * size);
		return this.jdbc
			.sql("select " + COLUMNS + " from audit_log" + where.sql()
					+ " order by seq desc limit :limit offset :offset")
			.params(params)
			.query(AuditStore::row)
			.list();
	}

	/** How many rows match. */
	public long count(AuditFilter filter) {
		Where where = Where.of(filter);
		return this.jdbc.sql("select count(*) from audit_log" + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
	}

	/**
	 * Offers the rows that match to {@code each} in seq order, a batch at a time, until
	 * it answers false. On PostgreSQL the caller must hold a transaction, or the driver
	 * reads every row at once.
	 */
	public void forEachInOrder(AuditFilter filter, Predicate<AuditRecord> each) {
		Where where = Where.of(filter);
		this.streaming.query("select " + COLUMNS + " from audit_log" + where.sql() + " order by seq", where.params(),
				(ResultSet rs) -> {
					while (rs.next()) {
						if (!each.test(row(rs, 0))) {
							break;
						}
					}
					return null;
				});
	}

	private static AuditRecord row(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
				rs.getString("old_value"), rs.getString("new_value"), rs.getString("ip"), rs.getString("user_agent"),
				rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("hash"));
	}

	/**
	 * The chain's head: the last row's seq and hash (0 and 64 zeros before the first).
	 *
	 * @param seq the last seq
	 * @param hash the last hash
	 */
	public record Head(long seq, String hash) {
	}

	/** The {@code where} clause of a filter, with its parameters. */
	private record Where(String sql, Map<String, Object> params) {

		static Where of(AuditFilter filter) {
			List<String> conditions = new ArrayList<>();
			Map<String, Object> params = new LinkedHashMap<>();
			add(conditions, params, "actor", filter.actor());
			add(conditions, params, "action", filter.action());
			add(conditions, params, "entity_type", filter.entityType());
			add(conditions, params, "entity_id", filter.entityId());
			if (filter.from() != null) {
				conditions.add("occurred_at >= :from");
				params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
			}
			if (filter.to() != null) {
				conditions.add("occurred_at < :to");
				params.put("to", OffsetDateTime.ofInstant(filter.to(), ZoneOffset.UTC));
			}
			return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
		}

		private static void add(List<String> conditions, Map<String, Object> params, String column,
				@Nullable String value) {
			if (value != null) {
				conditions.add(column + " = :" + column);
				params.put(column, value);
			}
		}

	}

}
