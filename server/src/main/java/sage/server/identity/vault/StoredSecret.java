package sage.server.identity.vault;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import sage.server.identity.MaskedSecret;
import sage.server.identity.SecretKind;

/**
 * A row of {@code identity_secret}.
 *
 * @param id the secret's id
 * @param owner the account it belongs to
 * @param kind what it is for
 * @param label the owner's name for it
 * @param last4 the value's last four characters, if long enough to show them
 * @param sealed the encrypted value and wrapped data key
 * @param createdAt when it was stored
 * @param lastUsedAt when it was last revealed to a module
 */
public record StoredSecret(UUID id, UUID owner, SecretKind kind, String label, @Nullable String last4, Sealed sealed,
		Instant createdAt, @Nullable Instant lastUsedAt) {

	/**
	 * What the encryption is bound to: a ciphertext moved to another id, owner or kind
	 * does not open.
	 */
	public static String context(UUID id, UUID owner, SecretKind kind) {
		return "identity_secret:" + id + ":" + owner + ":" + kind;
	}

	/** {@link #context(UUID, UUID, SecretKind)} of this row. */
	public String context() {
		return context(this.id, this.owner, this.kind);
	}

	/** The owner's view, without the value. */
	public MaskedSecret masked() {
		return new MaskedSecret(this.id, this.kind, this.label, this.last4, this.createdAt, this.lastUsedAt);
	}

}
