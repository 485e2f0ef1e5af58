package sage.server.audit;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import sage.server.testing.OnPostgresAndRedis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit contract on the real PostgreSQL at 127.0.0.1:5432, where the table is also
 * append-only for every role: the test connects as a superuser that owns the table, the
 * strongest case.
 */
@OnPostgresAndRedis
@DisplayName("Audit log on PostgreSQL")
class AuditOnPostgresIT extends AuditContract {

	/** Only the table's owner can switch the guard off; a tamperer who owns it can. */
	@Override
	void tamper(String sql, Object... params) {
		this.jdbc.sql("alter table audit_log disable trigger audit_log_append_only").update();
		try {
			this.jdbc.sql(sql).params(params).update();
		}
		finally {
			this.jdbc.sql("alter table audit_log enable trigger audit_log_append_only").update();
		}
	}

	@Test
	void refusesUpdateDeleteAndTruncateEvenToTheOwningSuperuser() {
		AuditRecord row = this.log.append(AuditEntry.event(this.actor, "thing.looked-at"));

		assertThatThrownBy(
				() -> this.jdbc.sql("update audit_log set actor = 'mallory' where seq = ?").params(row.seq()).update())
			.rootCause()
			.hasMessageContaining("audit_log is append-only: UPDATE refused");
		assertThatThrownBy(() -> this.jdbc.sql("delete from audit_log where seq = ?").params(row.seq()).update())
			.rootCause()
			.hasMessageContaining("audit_log is append-only: DELETE refused");
		assertThatThrownBy(() -> this.jdbc.sql("truncate audit_log").update()).rootCause()
			.hasMessageContaining("audit_log is append-only: TRUNCATE refused");

		assertThat(rowsOf(this.actor)).containsExactly(row);
		assertThat(this.log.verify().intact()).isTrue();
	}

	@Test
	void theOwnerHoldsNoUpdateDeleteOrTruncatePrivilege() {
		List<String> privileges = this.jdbc
			.sql("select privilege_type from information_schema.role_table_grants "
					+ "where table_schema = current_schema() and table_name = 'audit_log' and grantee = current_user")
			.query(String.class)
			.list();

		assertThat(privileges).contains("INSERT", "SELECT").doesNotContain("UPDATE", "DELETE", "TRUNCATE");
	}

}
