package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnPostgresAndRedis;

/** The paper bot contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@DisplayName("Paper bots on PostgreSQL")
class PaperBotsOnPostgresIT extends PaperBotContract {

}
