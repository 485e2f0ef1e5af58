package sage.server.identity.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * What a new password must be. Length over composition rules, after NIST SP 800-63B: at
 * least {@value #MIN_LENGTH} characters (Unicode code points, after NFKC normalisation),
 * at most {@value #MAX_LENGTH}, not on the list of common and breached passwords, and not
 * the account's own email. No "one upper, one digit" rules, which make passwords harder
 * to remember and no harder to guess. 12 rather than NIST's floor of 8 because a password
 * is the only factor until two-factor sign-in exists.
 */
public final class PasswordPolicy {

	/** The fewest characters a password may have. */
	public static final int MIN_LENGTH = 12;

	/**
	 * The most characters a password may have: long enough for pass-phrases, short enough
	 * that hashing stays cheap.
	 */
	public static final int MAX_LENGTH = 128;

	private final CommonPasswords common;

	public PasswordPolicy(CommonPasswords common) {
		this.common = common;
	}

	/**
	 * The password as it is hashed and checked: NFKC, so equal-looking input is equal.
	 */
	public static String normalise(String password) {
		return Normalizer.normalize(password, Normalizer.Form.NFKC);
	}

	/**
	 * Why the password is refused, one reason each, or nothing when it is acceptable.
	 * @param password as typed
	 * @param email the account's email, if known
	 */
	public List<String> problems(String password, @Nullable EmailAddress email) {
		String normalised = normalise(password);
		int length = normalised.codePointCount(0, normalised.length());
		List<String> problems = new ArrayList<>();
		if (length < MIN_LENGTH) {
			problems.add("must be at least " + MIN_LENGTH + " characters (it has " + length
					+ "); a few unrelated words make a good one");
		}
		if (length > MAX_LENGTH) {
			problems.add("must be at most " + MAX_LENGTH + " characters");
		}
		if (this.common.contains(normalised)) {
			problems.add("is on a list of common or breached passwords; choose another");
		}
		else if (normalised.codePoints().distinct().count() == 1 && length > 0) {
			problems.add("must not be one character repeated");
		}
		if (email != null && (normalised.toLowerCase(Locale.ROOT).equals(email.value())
				|| normalised.toLowerCase(Locale.ROOT).equals(email.localPart()))) {
			problems.add("must not be your email address");
		}
		return problems;
	}

}
