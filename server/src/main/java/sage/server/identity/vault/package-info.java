/**
 * The secrets vault's internals: envelope encryption ({@link Envelope}), the
 * {@code identity_secret} table, and the re-wrapping of data keys when the key-encryption
 * key rotates. Other modules use {@link sage.server.identity.SecretVault}.
 */
@NullMarked
package sage.server.identity.vault;

import org.jspecify.annotations.NullMarked;
