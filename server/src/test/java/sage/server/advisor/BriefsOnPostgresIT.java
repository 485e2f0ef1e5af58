package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The brief contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Market briefs on PostgreSQL")
class BriefsOnPostgresIT extends BriefContract {

}
