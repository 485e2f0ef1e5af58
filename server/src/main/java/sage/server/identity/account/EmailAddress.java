package sage.server.identity.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email as Sage compares it: trimmed, NFKC-normalised and lower-cased, so that
 * {@code " Jane@Example.COM"} and {@code "jane@example.com"} are one account (and one
 * blind index).
 *
 * @param value the normalised address
 */
public record EmailAddress(String value) {

	/**
	 * Deliberately loose (one {@code @}, a dot in the domain): the mailbox is the proof.
	 */
	private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	/** The longest address accepted (RFC 5321 path limit). */
	public static final int MAX_LENGTH = 254;

	/** What a refused address is told. */
	public static final String MESSAGE = "must be an email address such as jane@example.com (at most 254 characters)";

	public EmailAddress {
		if (!isValid(value)) {
			throw new IllegalArgumentException(MESSAGE);
		}
	}

	/** Normalises what a user typed. */
	public static EmailAddress of(String typed) {
		return new EmailAddress(normalise(typed));
	}

	/** Whether {@code typed} would be accepted. */
	public static boolean isValid(String typed) {
		String normalised = normalise(typed);
		return normalised.length() <= MAX_LENGTH && SHAPE.matcher(normalised).matches();
	}

	static String normalise(String typed) {
		return Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** The part before the {@code @}. */
	public String localPart() {
		return this.value.substring(0, this.value.indexOf('@'));
	}

	/**
	 * The address as SUPPORT sees it: the first character of the local part, then
	 * {@code ***}, then the domain ({@code j***@example.com}).
	 */
	public String masked() {
		int at = this.value.indexOf('@');
		return this.value.substring(0, Math.min(1, at)) + "***" + this.value.substring(at);
	}

	@Override
	public String toString() {
		// toString ends up in logs; the address does not
		return "EmailAddress[" + masked() + "]";
	}

}
