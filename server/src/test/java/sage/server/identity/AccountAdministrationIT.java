package sage.server.identity;

import sage.server.testing.OnEmbeddedDefaults;

/** Administration of accounts on the embedded defaults (H2 file, in-process caches). */
@OnEmbeddedDefaults
class AccountAdministrationIT extends AccountAdministrationContract {

}
