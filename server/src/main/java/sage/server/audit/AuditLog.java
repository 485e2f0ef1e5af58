package sage.server.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import sage.server.audit.chain.ChainWalk;
import sage.server.audit.store.AuditStore;
import sage.server.audit.web.CurrentRequest;

/**
 * The audit log: appends rows to the hash chain, lists and exports them, and verifies the
 * chain. Modules usually publish {@link Audited} events instead of calling
 * {@link #append}; security code calls {@link #appendSecurityEvent} for events that must
 * outlive a rollback.
 *
 * <p>
 * Appends take turns on one lock (the chain's head row) held until the appending
 * transaction ends, so a transaction that audits should be short.
 *
 * <p>
 * Meters: {@code sage_audit_rows_appended_total} (committed rows) and
 * {@code sage_audit_verify_duration_seconds}.
 */
@Service
public class AuditLog {

	static final String APPENDED = "sage.audit.rows.appended";

	static final String VERIFY_DURATION = "sage.audit.verify.duration";

	private static final int ACTOR_LENGTH = 200;

	private static final int ACTION_LENGTH = 100;

	private static final int ENTITY_TYPE_LENGTH = 100;

	private static final int ENTITY_ID_LENGTH = 200;

	private static final int IP_LENGTH = 64;

	private static final int USER_AGENT_LENGTH = 512;

	private static final int REQUEST_ID_LENGTH = 128;

	private final AuditStore store;

	private final CurrentRequest currentRequest;

	private final Clock clock;

	private final JsonMapper json;

	private final Counter appended;

	private final Timer verifyDuration;

	AuditLog(AuditStore store, CurrentRequest currentRequest, Clock clock, JsonMapper json, MeterRegistry registry) {
		this.store = store;
		this.currentRequest = currentRequest;
		this.clock = clock;
		// keys in a stable order, so the same change reads the same in every row
		this.json = json.rebuild().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
		this.appended = Counter.builder(APPENDED)
			.description("Rows appended to the audit log (committed)")
			.register(registry);
		this.verifyDuration = Timer.builder(VERIFY_DURATION)
			.description("How long verifying the audit chain took")
			.register(registry);
	}

	/**
	 * Appends {@code entry} in the current transaction (or a new one when there is none):
	 * when the change it records is rolled back, so is its row. Values are masked again
	 * ({@link Pii#maskValues}) and over-long texts cut to their column's length.
	 * @return the row as stored
	 */
	@Transactional
	public AuditRecord append(AuditEntry entry) {
		RequestContext context = (entry.context() != null) ? entry.context() : this.currentRequest.context();
		AuditRecord draft = new AuditRecord(0, this.clock.instant().truncatedTo(ChronoUnit.MICROS),
				cut(entry.actor(), ACTOR_LENGTH), cut(entry.action(), ACTION_LENGTH),
				cut(entry.entityType(), ENTITY_TYPE_LENGTH), cut(entry.entityId(), ENTITY_ID_LENGTH),
				json(entry.oldValue()), json(entry.newValue()), cut(context.ip(), IP_LENGTH),
				cut(context.userAgent(), USER_AGENT_LENGTH), cut(context.requestId(), REQUEST_ID_LENGTH),
				AuditRecord.GENESIS_HASH, "");
		AuditRecord row = this.store.append(draft);
		countOnCommit();
		return row;
	}

	/**
	 * Appends a security event (sign-in failed, authorisation refused) in a transaction
	 * of its own, committed at once, so it stays when the request that caused it fails
	 * and rolls back. Must not be called in a transaction that has already appended a
	 * row: that transaction holds the chain's lock until it ends.
	 * @return the row as stored
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public AuditRecord appendSecurityEvent(AuditEntry entry) {
		return append(entry);
	}

	/** One page of the rows that match {@code filter}, newest first. */
	@Transactional(readOnly = true)
	public AuditPage find(AuditFilter filter, int page, int size) {
		if (page < 0 || size < 1) {
			throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
		}
		return new AuditPage(this.store.find(filter, page, size), page, size, this.store.count(filter));
	}

	/**
	 * Writes the rows that match {@code filter}, oldest first, as CSV ({@link AuditCsv}).
	 * @return how many rows were written
	 */
	@Transactional(readOnly = true)
	public long exportCsv(AuditFilter filter, Writer out) {
		try {
			out.write(AuditCsv.HEADER);
			long[] rows = { 0 };
			this.store.forEachInOrder(filter, (row) -> {
				try {
					out.write(AuditCsv.line(row));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				rows[0]++;
				return true;
			});
			out.flush();
			return rows[0];
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Walks the whole chain from seq 1: every row must follow the previous one without a
	 * gap, hash to its stored hash and name the previous row's hash, and the last row
	 * must be the one the head names. Stops at the first broken link.
	 */
	@Transactional(readOnly = true)
	public ChainVerification verify() {
		return this.verifyDuration.record(() -> {
			AuditStore.Head head = this.store.head();
			ChainWalk walk = new ChainWalk();
			this.store.forEachInOrder(AuditFilter.ALL, walk::accept);
			return walk.finish(head.seq(), head.hash());
		});
	}

	private @Nullable String json(@Nullable Map<String, ?> values) {
		Map<String, @Nullable Object> masked = Pii.maskValues(values);
		return (masked != null) ? this.json.writeValueAsString(masked) : null;
	}

	private void countOnCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.appended.increment();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				AuditLog.this.appended.increment();
			}
		});
	}

	private static @Nullable String cut(@Nullable String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
