package sage.server.advisor;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The brief contract as {@code ./sage serve} runs out of the box: embedded H2. */
@OnEmbeddedDefaults
@DisplayName("Market briefs on H2")
class BriefsOnH2IT extends BriefContract {

}
