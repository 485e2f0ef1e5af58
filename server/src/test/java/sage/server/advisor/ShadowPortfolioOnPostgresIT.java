package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The shadow portfolio contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Shadow portfolio on PostgreSQL")
class ShadowPortfolioOnPostgresIT extends ShadowPortfolioContract {

}
