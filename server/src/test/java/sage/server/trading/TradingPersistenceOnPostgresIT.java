package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The trading storage contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Trading persistence on PostgreSQL")
class TradingPersistenceOnPostgresIT extends TradingPersistenceContract {

}
