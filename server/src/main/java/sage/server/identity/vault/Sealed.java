package sage.server.identity.vault;

/**
 * A secret as stored: its value encrypted under its own data key, and that data key
 * wrapped by a key-encryption key. Holds nothing readable without the KEK.
 *
 * @param kekId the id of the key-encryption key that wrapped the data key
 * @param wrappedKey the data key, sealed with AES-GCM under the KEK
 * @param ciphertext the value, sealed with AES-GCM under the data key
 */
public record Sealed(String kekId, byte[] wrappedKey, byte[] ciphertext) {

	@Override
	public String toString() {
		return "Sealed[kekId=" + this.kekId + ", " + this.ciphertext.length + " bytes]";
	}

}
