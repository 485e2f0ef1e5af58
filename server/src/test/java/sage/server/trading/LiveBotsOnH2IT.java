package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The live bot contract on the embedded default: an H2 file, as ./sage serve runs. */
@OnEmbeddedDefaults
@DisplayName("Live bots on H2 (embedded default)")
class LiveBotsOnH2IT extends LiveBotContract {

}
