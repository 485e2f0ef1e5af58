package sage.server.identity.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

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

	/** What a key id may look like: short, and never containing the separator. */
	public static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final String activeId;

	private final Map<String, SecretKey> keys;

	private final SecureRandom random;

	/**
	 * @param activeId the key that encrypts new values
	 * @param keys every key by id, each 32 bytes
	 * @param random the source of nonces
	 */
	public PiiCipher(String activeId, Map<String, byte[]> keys, SecureRandom random) {
		Map<String, SecretKey> checked = new LinkedHashMap<>();
		keys.forEach((id, key) -> {
			if (!KEY_ID.matcher(id).matches()) {
				throw new IllegalArgumentException("key id must be 1-16 letters, digits, '-' or '_': " + id);
			}
			if (key.length != 32) {
				throw new IllegalArgumentException("key " + id + " must be 32 bytes (AES-256), not " + key.length);
			}
			checked.put(id, new SecretKeySpec(key, "AES"));
		});
		if (!checked.containsKey(activeId)) {
			throw new IllegalArgumentException("the active key " + activeId + " is not among the keys");
		}
		this.activeId = activeId;
		this.keys = Map.copyOf(checked);
		this.random = random;
	}

	/** The id of the key that encrypts new values. */
	public String activeKeyId() {
		return this.activeId;
	}

	/** Encrypts {@code plaintext} with the active key, bound to {@code context}. */
	public String encrypt(String plaintext, String context) {
		byte[] nonce = new byte[NONCE_BYTES];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, this.keys.get(this.activeId), new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
			return this.activeId + ":" + Base64.getEncoder().withoutPadding().encodeToString(out);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/**
	 * Decrypts a value written by {@link #encrypt} with any known key.
	 * @throws IllegalArgumentException if the key id is unknown, or the value was altered
	 * or belongs to another context
	 */
	public String decrypt(String stored, String context) {
		int colon = stored.indexOf(':');
		SecretKey key = (colon > 0) ? this.keys.get(stored.substring(0, colon)) : null;
		if (key == null) {
			throw new IllegalArgumentException("value was encrypted with an unknown key id");
		}
		byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
		if (in.length < NONCE_BYTES + TAG_BITS / 8) {
			throw new IllegalArgumentException("value is too short to be a ciphertext");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
			cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
			return new String(cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (javax.crypto.AEADBadTagException ex) {
			throw new IllegalArgumentException("value was altered or belongs to another context", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	@Override
	public String toString() {
		return "PiiCipher[active=" + this.activeId + ", keys=" + this.keys.keySet() + "]";
	}

}
