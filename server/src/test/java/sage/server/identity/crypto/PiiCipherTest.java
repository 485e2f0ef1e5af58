package sage.server.identity.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PiiCipherTest {

	private static final byte[] K1 = key(1);

	private static final byte[] K2 = key(2);

	private final PiiCipher cipher = new PiiCipher("k1", Map.of("k1", K1), new SecureRandom());

	@Test
	void readsBackWhatItWrote() {
		String stored = this.cipher.encrypt("jane@example.com", "identity_user.email:1");
		assertThat(this.cipher.decrypt(stored, "identity_user.email:1")).isEqualTo("jane@example.com");
	}

	@Test
	void storedValueNamesItsKeyAndHoldsNoPlaintext() {
		String stored = this.cipher.encrypt("jane@example.com", "ctx");
		assertThat(stored).startsWith("k1:").doesNotContain("jane").doesNotContain("example");
		// 12-byte nonce + 16 plaintext bytes + 16-byte tag
		assertThat(Base64.getDecoder().decode(stored.substring(3))).hasSize(12 + 16 + 16);
	}

	@Test
	void aFreshNonceMakesEveryCiphertextDifferent() {
		assertThat(this.cipher.encrypt("same", "ctx")).isNotEqualTo(this.cipher.encrypt("same", "ctx"));
	}

	@Test
	void aValueCopiedToAnotherContextDoesNotDecrypt() {
		String stored = this.cipher.encrypt("jane@example.com", "identity_user.email:1");
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt(stored, "identity_user.email:2"))
			.withMessageContaining("another context");
	}

	@Test
	void anAlteredValueDoesNotDecrypt() {
		String stored = this.cipher.encrypt("jane@example.com", "ctx");
		byte[] raw = Base64.getDecoder().decode(stored.substring(3));
		raw[20] ^= 1;
		String altered = "k1:" + Base64.getEncoder().withoutPadding().encodeToString(raw);
		assertThatIllegalArgumentException().isThrownBy(() -> this.cipher.decrypt(altered, "ctx"));
	}

	@Test
	void keysRotateOldValuesStillReadNewOnesUseTheActiveKey() {
		String old = this.cipher.encrypt("jane@example.com", "ctx");
		PiiCipher rotated = new PiiCipher("k2", Map.of("k1", K1, "k2", K2), new SecureRandom());
		assertThat(rotated.decrypt(old, "ctx")).isEqualTo("jane@example.com");
		assertThat(rotated.encrypt("jane@example.com", "ctx")).startsWith("k2:");
	}

	@Test
	void anUnknownKeyIdIsRefused() {
		PiiCipher other = new PiiCipher("k2", Map.of("k2", K2), new SecureRandom());
		String stored = this.cipher.encrypt("x", "ctx");
		assertThatIllegalArgumentException().isThrownBy(() -> other.decrypt(stored, "ctx"))
			.withMessageContaining("unknown key id");
	}

	@Test
	void keysMustBe256BitsAndTheActiveOneMustExist() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PiiCipher("k1", Map.of("k1", new byte[16]), new SecureRandom()))
			.withMessageContaining("32 bytes");
		assertThatIllegalArgumentException().isThrownBy(() -> new PiiCipher("k9", Map.of("k1", K1), new SecureRandom()))
			.withMessageContaining("k9");
	}

	@Test
	void toStringShowsKeyIdsOnly() {
		assertThat(this.cipher.toString()).isEqualTo("PiiCipher[active=k1, keys=[k1]]");
	}

	static byte[] key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}
