package sage.server.identity.twofactor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time recovery codes, for when the phone is lost: {@value #COUNT} of them, each 10
 * random characters (50 bits) shown as {@code xxxxx-xxxxx}. Only their SHA-256 is stored:
 * with 50 random bits a code cannot be found from its hash by guessing, so a slow
 * password hash would add nothing but latency.
 */
final class RecoveryCodes {

	/** Codes issued at once. */
	static final int COUNT = 10;

	/** Lower-case base32: no 0, 1 or 8, so nothing reads like o, l or b. */
	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";

	private RecoveryCodes() {
	}

	/** Fresh codes, as the user is shown them. */
	static List<String> issue(SecureRandom random) {
		List<String> codes = new ArrayList<>(COUNT);
		for (int i = 0; i < COUNT; i++) {
			StringBuilder code = new StringBuilder(11);
			for (int c = 0; c < 10; c++) {
				if (c == 5) {
					code.append('-');
				}
				code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
			}
			codes.add(code.toString());
		}
		return codes;
	}

	/**
	 * The stored form of a code as typed: case, spaces and dashes do not matter.
	 */
	static String hash(String typed) {
		String normalised = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is unavailable", ex);
		}
	}

}
