package sage.server.identity.crypto;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;

/**
 * Encrypts personal data at rest with AES-256-GCM. A stored value reads
 * {@code <key id>:<base64 of nonce, ciphertext and tag>}: the key id travels with the
 * value, so keys rotate by adding a new active key while the old ones still read what
 * they wrote. The nonce is 96 random bits, fresh for every value.
 *
 * <p>
 * Each value is bound to its place (the {@code context}, e.g. the column and the row id)
 * as associated data: a ciphertext copied into another row or column does not decrypt.
 */
public final class PiiCipher {

	private final KeyRing keys;

	private final SecureRandom random;

	/**
	 * @param activeId the key that encrypts new values
	 * @param keys every key by id, each 32 bytes
	 * @param random the source of nonces
	 */
	public PiiCipher(String activeId, Map<String, byte[]> keys, SecureRandom random) {
		this.keys = new KeyRing(activeId, keys);
		this.random = random;
	}

	/** The id of the key that encrypts new values. */
	public String activeKeyId() {
		return this.keys.activeId();
	}

	/** Encrypts {@code plaintext} with the active key, bound to {@code context}. */
	public String encrypt(String plaintext, String context) {
		byte[] sealed = AesGcm.seal(this.keys.active(), plaintext.getBytes(StandardCharsets.UTF_8),
				context.getBytes(StandardCharsets.UTF_8), this.random);
		return this.keys.activeId() + ":" + Base64.getEncoder().withoutPadding().encodeToString(sealed);
	}

	/**
	 * Decrypts a value written by {@link #encrypt} with any known key.
	 * @throws IllegalArgumentException if the key id is unknown, or the value was altered
	 * or belongs to another context
	 */
	public String decrypt(String stored, String context) {
		int colon = stored.indexOf(':');
		SecretKey key = ((colon > 0) ? this.keys.find(stored.substring(0, colon)) : Optional.<SecretKey>empty())
			.orElseThrow(() -> new IllegalArgumentException("value was encrypted with an unknown key id"));
		byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
		return new String(AesGcm.open(key, in, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "PiiCipher[active=" + this.keys.activeId() + ", keys=" + this.keys.ids() + "]";
	}

}
