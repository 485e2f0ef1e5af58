package sage.server.identity;

import org.junit.jupiter.api.DisplayName;

import sage.server.testing.OnEmbeddedDefaults;

/** The secrets vault on the embedded defaults (H2). */
@OnEmbeddedDefaults
@DisplayName("Secrets vault on H2")
class SecretsIT extends SecretsContract {

}
