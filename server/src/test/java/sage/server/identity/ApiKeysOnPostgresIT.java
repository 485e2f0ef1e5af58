package sage.server.identity;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** Personal API keys and access tokens on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("API keys on PostgreSQL")
class ApiKeysOnPostgresIT extends ApiKeysContract {

}
