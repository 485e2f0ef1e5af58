package sage.server.identity.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyed, deterministic fingerprint of a value (HMAC-SHA256), stored beside the
 * encrypted value so that an exact lookup ("the account with this email") needs no
 * decryption and a unique index still works. Without the key, the index cannot be
 * recomputed from a guessed email, unlike a plain hash.
 */
public final class BlindIndex {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	/**
	 * @param key at least 32 bytes
	 */
	public BlindIndex(byte[] key) {
		if (key.length < 32) {
			throw new IllegalArgumentException("the blind index key must be at least 32 bytes, not " + key.length);
		}
		this.key = new SecretKeySpec(key, ALGORITHM);
	}

	/** The index of an already normalised value, as 64 hex digits. */
	public String of(String normalised) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is unavailable", ex);
		}
	}

	@Override
	public String toString() {
		return "BlindIndex[HMAC-SHA256]";
	}

}
