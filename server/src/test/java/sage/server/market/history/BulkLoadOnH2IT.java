package sage.server.market.history;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** Bulk loading on the embedded default: H2 has no {@code COPY}, every insert batches. */
@OnEmbeddedDefaults
@DisplayName("Bulk load on H2 (JDBC batches)")
class BulkLoadOnH2IT extends BulkLoadContract {

	@Override
	boolean copies() {
		return false;
	}

}
