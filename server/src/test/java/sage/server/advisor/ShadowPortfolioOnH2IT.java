package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/**
 * The shadow portfolio contract on the embedded default: an H2 file, as ./sage serve
 * runs.
 */
@OnEmbeddedDefaults
@DisplayName("Shadow portfolio on H2 (embedded default)")
class ShadowPortfolioOnH2IT extends ShadowPortfolioContract {

}
