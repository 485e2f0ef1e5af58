package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;
import org.springframework.context.annotation.Import;

import sage.server.testing.OnPostgresAndRedis;

/** The chat contract on the real PostgreSQL at 127.0.0.1:5432. */
@OnPostgresAndRedis
@Import(ChatContract.Scripted.class)
@DisplayName("Advisor chats on PostgreSQL")
class ChatsOnPostgresIT extends ChatContract {

}
