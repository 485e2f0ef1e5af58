package sage.server.trading;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The trading storage contract on the embedded default: an H2 file database. */
@OnEmbeddedDefaults
@DisplayName("Trading persistence on H2 (embedded default)")
class TradingPersistenceOnH2IT extends TradingPersistenceContract {

}
