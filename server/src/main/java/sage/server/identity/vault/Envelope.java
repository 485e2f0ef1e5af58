package sage.server.identity.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import sage.server.identity.crypto.AesGcm;
import sage.server.identity.crypto.KeyRing;

/**
 * Envelope encryption: every secret gets its own random 256-bit data key, which encrypts
 * the value with AES-GCM; the active key-encryption key (KEK) of the ring wraps the data
 * key, and the sealed secret names that KEK's id. Rotating the KEK re-wraps the small
 * data keys and leaves the values' ciphertexts untouched.
 *
 * <p>
 * The value is bound to its {@code context} (the secret's id, owner and kind) and the
 * wrapped data key to the context and the KEK id, so neither opens when copied to another
 * row, another owner or relabelled with another key id.
 */
public final class Envelope {

	private static final int DATA_KEY_BYTES = 32;

	private final KeyRing keks;

	private final SecureRandom random;

	/**
	 * @param keks the key-encryption keys; the active one wraps new data keys
	 * @param random the source of data keys and nonces
	 */
	public Envelope(KeyRing keks, SecureRandom random) {
		this.keks = keks;
		this.random = random;
	}

	/** The id of the KEK that wraps new data keys. */
	public String activeKekId() {
		return this.keks.activeId();
	}

	/** Encrypts {@code plaintext} under a fresh data key wrapped by the active KEK. */
	public Sealed seal(String plaintext, String context) {
		byte[] dataKey = new byte[DATA_KEY_BYTES];
		this.random.nextBytes(dataKey);
		try {
			byte[] ciphertext = AesGcm.seal(new SecretKeySpec(dataKey, "AES"),
					plaintext.getBytes(StandardCharsets.UTF_8), valueAad(context), this.random);
			return new Sealed(this.keks.activeId(), wrap(dataKey, context), ciphertext);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/**
	 * Decrypts a sealed secret.
	 * @throws IllegalArgumentException if its KEK is not in the ring, or the data key or
	 * the value was altered or belongs to another context
	 */
	public String open(Sealed sealed, String context) {
		byte[] dataKey = unwrap(sealed, context);
		try {
			return new String(AesGcm.open(new SecretKeySpec(dataKey, "AES"), sealed.ciphertext(), valueAad(context)),
					StandardCharsets.UTF_8);
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	/** Whether the secret's data key is wrapped by the active KEK already. */
	public boolean isCurrent(Sealed sealed) {
		return sealed.kekId().equals(this.keks.activeId());
	}

	/**
	 * The same secret with its data key re-wrapped by the active KEK; the value's
	 * ciphertext is kept as it is.
	 * @throws IllegalArgumentException as {@link #open} does for the data key
	 */
	public Sealed rewrap(Sealed sealed, String context) {
		byte[] dataKey = unwrap(sealed, context);
		try {
			return new Sealed(this.keks.activeId(), wrap(dataKey, context), sealed.ciphertext());
		}
		finally {
			Arrays.fill(dataKey, (byte) 0);
		}
	}

	private byte[] wrap(byte[] dataKey, String context) {
		return AesGcm.seal(this.keks.active(), dataKey, keyAad(context, this.keks.activeId()), this.random);
	}

	private byte[] unwrap(Sealed sealed, String context) {
		SecretKey kek = this.keks.find(sealed.kekId())
			.orElseThrow(() -> new IllegalArgumentException("the data key was wrapped with key id " + sealed.kekId()
					+ ", which is not among the vault keys " + this.keks.ids()));
		return AesGcm.open(kek, sealed.wrappedKey(), keyAad(context, sealed.kekId()));
	}

	private static byte[] valueAad(String context) {
		return ("sage-vault-value\n" + context).getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] keyAad(String context, String kekId) {
		return ("sage-vault-data-key\n" + kekId + "\n" + context).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public String toString() {
		return "Envelope[" + this.keks + "]";
	}

}
