package sage.server.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import sage.server.platform.web.RequestId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit log must do on every database Sage supports: write an audited change in
 * the change's own transaction, keep one unforked chain under concurrent appends, and
 * find a tampered row. Subclasses run it on the embedded default (H2 file) and on the
 * real PostgreSQL, where they also tamper differently (PostgreSQL refuses plain UPDATEs).
 *
 * <p>
 * The database is shared with the other integration tests, so each test tells its rows
 * apart by a fresh actor.
 */
abstract class AuditContract {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	final String actor = "it-" + UUID.randomUUID();

	/** Runs an UPDATE on {@code audit_log} behind the append-only guard's back. */
	abstract void tamper(String sql, Object... params);

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void writesAPublishedEventInThePublishersTransactionWithMaskedValues() {
		this.transaction.executeWithoutResult((status) -> this.events
			.publishEvent(new UserEmailChanged(this.actor, "user-7", "jane@example.com", "jane.doe@example.org")));

		List<AuditRecord> rows = rowsOf(this.actor);
		assertThat(rows).hasSize(1);
		AuditRecord row = rows.get(0);
		assertThat(row.action()).isEqualTo("user.email-changed");
		assertThat(row.entityType()).isEqualTo("user");
		assertThat(row.entityId()).isEqualTo("user-7");
		assertThat(row.oldValue()).isEqualTo("{\"email\":\"j***@example.com\",\"password\":\"***\"}");
		assertThat(row.newValue()).isEqualTo("{\"email\":\"j***@example.org\",\"password\":\"***\"}");
		assertThat(row.ip()).isNull();
		assertThat(row.requestId()).isNull();
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void aRolledBackChangeTakesItsAuditRowAlongAndTheChainGoesOn() {
		long headBefore = head();
		this.transaction.executeWithoutResult((status) -> {
			this.events
				.publishEvent(AuditEntry.change(this.actor, "thing.changed", "thing", "1", null, Map.of("n", 1)));
			assertThat(rowsOf(this.actor)).as("visible inside the transaction").hasSize(1);
			status.setRollbackOnly();
		});

		assertThat(rowsOf(this.actor)).isEmpty();
		assertThat(head()).isEqualTo(headBefore);
		AuditRecord next = this.log.append(AuditEntry.event(this.actor, "thing.looked-at"));
		assertThat(next.seq()).isEqualTo(headBefore + 1);
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void aSecurityEventStaysWhenTheRequestThatCausedItRollsBack() {
		this.transaction.executeWithoutResult((status) -> {
			this.log.appendSecurityEvent(AuditEntry.event(this.actor, "user.sign-in-failed"));
			status.setRollbackOnly();
		});

		assertThat(rowsOf(this.actor)).extracting(AuditRecord::action).containsExactly("user.sign-in-failed");
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void recordsWhereTheRequestCameFrom() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/keys");
		request.setRemoteAddr("203.0.113.7");
		request.addHeader("User-Agent", "curl/8.5.0");
		request.setAttribute(RequestId.class.getName(), "req-" + this.actor);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

		this.events.publishEvent(AuditEntry.change(this.actor, "api-key.created", "api-key", "k1", null, Map.of()));

		AuditRecord row = rowsOf(this.actor).get(0);
		assertThat(row.ip()).isEqualTo("203.0.113.7");
		assertThat(row.userAgent()).isEqualTo("curl/8.5.0");
		assertThat(row.requestId()).isEqualTo("req-" + this.actor);
	}

	@Test
	void concurrentAppendsFormOneChainWithoutGaps() throws Exception {
		int threads = 6;
		int each = 15;
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				done.add(pool.submit(() -> {
					for (int i = 0; i < each; i++) {
						String id = thread + "-" + i;
						this.transaction.executeWithoutResult((status) -> this.events
							.publishEvent(AuditEntry.change(this.actor, "thing.created", "thing", id, null, Map.of())));
					}
				}));
			}
			for (Future<?> future : done) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<AuditRecord> rows = rowsOf(this.actor);
		assertThat(rows).hasSize(threads * each);
		assertThat(rows).extracting(AuditRecord::entityId).doesNotHaveDuplicates();
		assertThat(rows).extracting(AuditRecord::seq).doesNotHaveDuplicates();
		ChainVerification verification = this.log.verify();
		assertThat(verification.intact()).as("%s", verification.firstBroken()).isTrue();
		assertThat(verification.lastSeq()).isEqualTo(head());
	}

	@Test
	void verifyFindsTheFirstTamperedRowAndHoldsAgainOnceItIsRestored() {
		for (int i = 1; i <= 3; i++) {
			this.log.append(AuditEntry.change(this.actor, "thing.changed", "thing", "t", null, Map.of("n", i)));
		}
		AuditRecord middle = rowsOf(this.actor).get(1);

		tamper("update audit_log set new_value = ? where seq = ?", "{\"n\":200}", middle.seq());
		try {
			ChainVerification verification = this.log.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.lastSeq()).isEqualTo(middle.seq() - 1);
			BrokenLink broken = verification.firstBroken();
			assertThat(broken.seq()).isEqualTo(middle.seq());
			assertThat(broken.kind()).isEqualTo(BrokenLink.Kind.ROW_ALTERED);
			assertThat(broken.found()).isEqualTo(middle.hash());
		}
		finally {
			tamper("update audit_log set new_value = ? where seq = ?", middle.newValue(), middle.seq());
		}
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void findsRowsByFilterNewestFirstAPageAtATime() {
		for (int i = 1; i <= 5; i++) {
			this.log.append(AuditEntry.change(this.actor, (i % 2 == 0) ? "bot.stopped" : "bot.started", "bot",
					"bot-" + i, null, null));
		}

		AuditPage firstPage = this.log.find(new AuditFilter(this.actor, null, null, null, null, null), 0, 2);
		assertThat(firstPage.total()).isEqualTo(5);
		assertThat(firstPage.items()).extracting(AuditRecord::entityId).containsExactly("bot-5", "bot-4");
		assertThat(this.log.find(new AuditFilter(this.actor, null, null, null, null, null), 2, 2).items())
			.extracting(AuditRecord::entityId)
			.containsExactly("bot-1");
		assertThat(this.log.find(new AuditFilter(this.actor, "bot.stopped", "bot", null, null, null), 0, 10).items())
			.extracting(AuditRecord::entityId)
			.containsExactly("bot-4", "bot-2");
		AuditRecord third = this.log.find(new AuditFilter(this.actor, null, "bot", "bot-3", null, null), 0, 10)
			.items()
			.get(0);
		assertThat(
				this.log.find(new AuditFilter(this.actor, null, null, null, third.occurredAt(), null), 0, 10).total())
			.isEqualTo(3);
		assertThat(
				this.log.find(new AuditFilter(this.actor, null, null, null, null, third.occurredAt()), 0, 10).total())
			.isEqualTo(2);
	}

	long head() {
		return this.jdbc.sql("select last_seq from audit_log_head").query(Long.class).single();
	}

	List<AuditRecord> rowsOf(String actor) {
		List<AuditRecord> rows = new ArrayList<>(
				this.log.find(new AuditFilter(actor, null, null, null, null, null), 0, 500).items());
		java.util.Collections.reverse(rows);
		return rows;
	}

	/** How a module publishes: its own event record, implementing {@link Audited}. */
	record UserEmailChanged(String actor, String userId, String oldEmail, String newEmail) implements Audited {

		@Override
		public AuditEntry auditEntry() {
			// the password key is there to show the log's own masking
			return AuditEntry.change(this.actor, "user.email-changed", "user", this.userId,
					Map.of("email", Pii.maskEmail(this.oldEmail), "password", "hunter2"),
					Map.of("email", this.newEmail, "password", "hunter3"));
		}

	}

}
