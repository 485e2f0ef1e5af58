package sage.server.audit;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/**
 * The audit contract on the embedded default, an H2 file database (which has no
 * append-only guard: the hash chain is what tells).
 */
@OnEmbeddedDefaults
@DisplayName("Audit log on H2 (embedded default)")
class AuditOnH2IT extends AuditContract {

	@Override
	void tamper(String sql, Object... params) {
		this.jdbc.sql(sql).params(params).update();
	}

}
