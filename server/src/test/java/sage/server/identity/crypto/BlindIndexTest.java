package sage.server.identity.crypto;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class BlindIndexTest {

	@Test
	void matchesRfc4231TestCase6() {
		// RFC 4231 test case 6 uses a 131-byte key of 0xaa: long keys are hashed first
		byte[] key = new byte[131];
		java.util.Arrays.fill(key, (byte) 0xaa);
		String index = new BlindIndex(key).of("Test Using Larger Than Block-Size Key - Hash Key First");
		assertThat(index).isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
	}

	@Test
	void isDeterministicAndKeyed() {
		BlindIndex one = new BlindIndex(PiiCipherTest.key(1));
		BlindIndex two = new BlindIndex(PiiCipherTest.key(2));
		assertThat(one.of("jane@example.com")).isEqualTo(one.of("jane@example.com")).hasSize(64);
		assertThat(one.of("jane@example.com")).isNotEqualTo(two.of("jane@example.com"))
			.isNotEqualTo(one.of("john@example.com"));
		assertThat(one.of("jane@example.com"))
			.isNotEqualTo(HexFormat.of().formatHex("jane@example.com".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void refusesShortKeys() {
		assertThatIllegalArgumentException().isThrownBy(() -> new BlindIndex(new byte[16]));
	}

}
