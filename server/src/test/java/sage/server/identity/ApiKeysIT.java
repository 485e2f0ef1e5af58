package sage.server.identity;

import sage.server.testing.OnEmbeddedDefaults;

/** Personal API keys and access tokens on the embedded defaults (H2). */
@OnEmbeddedDefaults
class ApiKeysIT extends ApiKeysContract {

}
