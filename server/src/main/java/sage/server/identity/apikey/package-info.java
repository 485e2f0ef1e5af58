/**
 * Storage of personal API keys: the key's hash, scopes, expiry and use, never the key.
 */
@NullMarked
package sage.server.identity.apikey;

import org.jspecify.annotations.NullMarked;
