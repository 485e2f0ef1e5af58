package sage.server.identity;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The secrets vault on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Secrets vault on PostgreSQL")
class SecretsOnPostgresIT extends SecretsContract {

}
