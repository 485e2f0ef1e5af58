package sage.server.market.bundled;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The market storage contract on the embedded default: an H2 file database. */
@OnEmbeddedDefaults
@DisplayName("Market persistence on H2 (embedded default)")
class MarketPersistenceOnH2IT extends MarketPersistenceContract {

}
