package sage.server.market.history;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** Bulk loading on the real PostgreSQL: large inserts go through {@code COPY}. */
@OnPostgresAndRedis
@DisplayName("Bulk load on PostgreSQL (COPY)")
class BulkLoadOnPostgresIT extends BulkLoadContract {

	@Override
	boolean copies() {
		return true;
	}

}
