package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The live bot contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Live bots on PostgreSQL")
class LiveBotsOnPostgresIT extends LiveBotContract {

}
