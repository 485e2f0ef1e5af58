package sage.server.identity.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The one AES-GCM primitive identity encrypts with (personal data and the secrets vault):
 * a fresh 96-bit random nonce per message and a 128-bit tag. A sealed message reads
 * {@code nonce | ciphertext | tag}; the associated data binds it to its place, so a
 * sealed value moved elsewhere does not open.
 */
public final class AesGcm {

	/** The bytes a sealed message adds to its plaintext: nonce and tag. */
	public static final int OVERHEAD = AesGcm.NONCE_BYTES + AesGcm.TAG_BITS / 8;

	private static final String TRANSFORMATION = "AES/GCM/NoPadding";

	private static final int NONCE_BYTES = 12;

	private static final int TAG_BITS = 128;

	private AesGcm() {
	}

	/** Encrypts and authenticates {@code plaintext}, bound to {@code associatedData}. */
	public static byte[] seal(SecretKey key, byte[] plaintext, byte[] associatedData, SecureRandom random) {
		byte[] nonce = new byte[NONCE_BYTES];
		random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(associatedData);
			byte[] sealed = cipher.doFinal(plaintext);
			return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/**
	 * Decrypts what {@link #seal} wrote.
	 * @throws IllegalArgumentException if the message is too short, was altered, was
	 * sealed with another key or belongs to other associated data
	 */
	public static byte[] open(SecretKey key, byte[] sealed, byte[] associatedData) {
		if (sealed.length < OVERHEAD) {
			throw new IllegalArgumentException("value is too short to be a ciphertext");
		}
		try {
			Cipher cipher = Cipher.getInstance(TRANSFORMATION);
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
			cipher.updateAAD(associatedData);
			return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
		}
		catch (AEADBadTagException ex) {
			throw new IllegalArgumentException("value was altered or belongs to another context", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

}
