package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;
import org.springframework.context.annotation.Import;

import sage.server.testing.OnEmbeddedDefaults;

/** The chat contract on the embedded default: an H2 file, as ./sage serve runs. */
@OnEmbeddedDefaults
@Import(ChatContract.Scripted.class)
@DisplayName("Advisor chats on H2 (embedded default)")
class ChatsOnH2IT extends ChatContract {

}
