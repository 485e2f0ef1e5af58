package sage.server.identity;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** Administration of accounts on the real PostgreSQL at 127.0.0.1:5432 and Redis. */
@OnPostgresAndRedis
@DisplayName("Account administration on PostgreSQL")
class AccountAdministrationOnPostgresIT extends AccountAdministrationContract {

}
