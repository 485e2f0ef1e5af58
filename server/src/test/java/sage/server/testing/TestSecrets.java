package sage.server.testing;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Every secret value a test sends (vault values, passwords, test emails) comes from here,
 * so that all of them carry one recognisable {@link #MARKER}. After the tests,
 * {@link SecretLeakScan} searches everything the build captured (test output, server
 * logs) for it and fails the build on any hit: a secret that reached a log is found
 * whatever the code path that printed it.
 */
public final class TestSecrets {

	/** What every test secret starts with. */
	public static final String MARKER = "sage-test-secret-";

	/**
	 * A test secret in captured text: the marker and at least 8 of its random characters,
	 * in any case (a secret may be upper-cased on its way to a log). The bare marker, as
	 * in this class or a message naming it, is not a hit.
	 */
	public static final Pattern LEAK = Pattern.compile(Pattern.quote(MARKER) + "[a-z0-9]{8}", Pattern.CASE_INSENSITIVE);

	private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TestSecrets() {
	}

	/** A fresh secret: the marker and 24 random lower-case letters and digits. */
	public static String newSecret() {
		return MARKER + random(24);
	}

	/**
	 * A fresh email address whose local part is a test secret (emails are personal data).
	 */
	public static String newEmail() {
		return MARKER + random(12) + "@example.com";
	}

	private static String random(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return out.toString();
	}

}
