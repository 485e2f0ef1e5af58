package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/**
 * The live trading contract on the embedded default: an H2 file, as ./sage serve runs.
 */
@OnEmbeddedDefaults
@DisplayName("Live trading on H2 (embedded default)")
class LiveTradingOnH2IT extends LiveTradingContract {

}
