package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The paper bot contract on the embedded default: an H2 file database. */
@OnEmbeddedDefaults
@DisplayName("Paper bots on H2 (embedded default)")
class PaperBotsOnH2IT extends PaperBotContract {

}
