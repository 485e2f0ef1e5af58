package sage.server.market.bundled;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The market storage contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Market persistence on PostgreSQL")
class MarketPersistenceOnPostgresIT extends MarketPersistenceContract {

}
