package sage.server.identity.vault;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import org.junit.jupiter.api.Test;

import sage.server.identity.crypto.KeyRing;
import sage.server.testing.TestSecrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EnvelopeTest {

	private static final byte[] V1 = key(1);

	private static final byte[] V2 = key(2);

	private final Envelope envelope = new Envelope(new KeyRing("v1", Map.of("v1", V1)), new SecureRandom());

	private final String secret = TestSecrets.newSecret();

	@Test
	void opensWhatItSealed() {
		Sealed sealed = this.envelope.seal(this.secret, "ctx");
		assertThat(sealed.kekId()).isEqualTo("v1");
		assertThat(this.envelope.open(sealed, "ctx")).isEqualTo(this.secret);
	}

	@Test
	void holdsNoPlaintextAndEverySecretGetsItsOwnDataKey() {
		Sealed first = this.envelope.seal(this.secret, "ctx");
		Sealed second = this.envelope.seal(this.secret, "ctx");
		assertThat(new String(first.ciphertext(), StandardCharsets.ISO_8859_1)).doesNotContain(this.secret)
			.doesNotContain(TestSecrets.MARKER);
		// 12-byte nonce and 16-byte tag around the value; 32-byte data key likewise
		// wrapped
		assertThat(first.ciphertext()).hasSize(this.secret.length() + 28);
		assertThat(first.wrappedKey()).hasSize(32 + 28);
		assertThat(first.wrappedKey()).isNotEqualTo(second.wrappedKey());
		assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
		assertThat(first.toString()).doesNotContain(this.secret);
	}

	@Test
	void anAlteredValueOrDataKeyDoesNotOpen() {
		Sealed sealed = this.envelope.seal(this.secret, "ctx");
		byte[] value = sealed.ciphertext().clone();
		value[20] ^= 1;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.envelope.open(new Sealed("v1", sealed.wrappedKey(), value), "ctx"))
			.withMessageContaining("altered");
		byte[] key = sealed.wrappedKey().clone();
		key[30] ^= 1;
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.envelope.open(new Sealed("v1", key, sealed.ciphertext()), "ctx"))
			.withMessageContaining("altered");
	}

	@Test
	void aSecretMovedToAnotherContextDoesNotOpen() {
		Sealed sealed = this.envelope.seal(this.secret, "identity_secret:1:alice:LLM_API_KEY");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.envelope.open(sealed, "identity_secret:1:mallory:LLM_API_KEY"));
	}

	@Test
	void anUnknownOrWrongKeyIdDoesNotOpen() {
		Sealed sealed = this.envelope.seal(this.secret, "ctx");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.envelope.open(new Sealed("v9", sealed.wrappedKey(), sealed.ciphertext()), "ctx"))
			.withMessageContaining("v9")
			.withMessageNotContaining(this.secret);
		// a ring that holds v2 under the id v1 (a mislabelled key) cannot unwrap either
		Envelope mislabelled = new Envelope(new KeyRing("v1", Map.of("v1", V2)), new SecureRandom());
		assertThatIllegalArgumentException().isThrownBy(() -> mislabelled.open(sealed, "ctx"));
		// relabelling the stored key id breaks the data key's binding to it
		Envelope both = new Envelope(new KeyRing("v2", Map.of("v1", V1, "v2", V1)), new SecureRandom());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> both.open(new Sealed("v2", sealed.wrappedKey(), sealed.ciphertext()), "ctx"));
	}

	@Test
	void rotatingTheKekRewrapsTheDataKeyAndKeepsTheCiphertext() {
		Sealed old = this.envelope.seal(this.secret, "ctx");
		Envelope rotated = new Envelope(new KeyRing("v2", Map.of("v1", V1, "v2", V2)), new SecureRandom());
		assertThat(rotated.isCurrent(old)).isFalse();
		assertThat(rotated.open(old, "ctx")).as("old secrets open during the rotation").isEqualTo(this.secret);

		Sealed rewrapped = rotated.rewrap(old, "ctx");
		assertThat(rewrapped.kekId()).isEqualTo("v2");
		assertThat(rotated.isCurrent(rewrapped)).isTrue();
		assertThat(rewrapped.ciphertext()).isEqualTo(old.ciphertext());
		assertThat(rewrapped.wrappedKey()).isNotEqualTo(old.wrappedKey());

		Envelope withoutV1 = new Envelope(new KeyRing("v2", Map.of("v2", V2)), new SecureRandom());
		assertThat(withoutV1.open(rewrapped, "ctx")).as("the old KEK can go").isEqualTo(this.secret);
		assertThatIllegalArgumentException().isThrownBy(() -> withoutV1.open(old, "ctx"));
	}

	@Test
	void printsNoKeyMaterial() {
		assertThat(this.envelope.toString()).isEqualTo("Envelope[KeyRing[active=v1, keys=[v1]]]");
	}

	private static byte[] key(int seed) {
		byte[] key = new byte[32];
		for (int i = 0; i < key.length; i++) {
			key[i] = (byte) (seed * 31 + i);
		}
		return key;
	}

}
