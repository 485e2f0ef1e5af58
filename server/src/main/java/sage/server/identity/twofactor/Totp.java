package sage.server.identity.twofactor;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA1,
 * 30-second steps counted from the epoch, 6 digits. A code is accepted for its own step
 * and one step either side (phones' clocks drift), and only for a step later than the
 * last one used, so that a code seen over a shoulder or in a log cannot be replayed.
 */
public final class Totp {

	/** Seconds per step. */
	public static final int PERIOD_SECONDS = 30;

	/** Digits per code. */
	public static final int DIGITS = 6;

	/** Steps accepted either side of the current one. */
	public static final int SKEW_STEPS = 1;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000 };

	private Totp() {
	}

	/** The step that {@code at} falls in. */
	public static long step(Instant at) {
		return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
	}

	/** The code for {@code step}, zero-padded to {@value #DIGITS} digits. */
	public static String code(byte[] key, long step) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "HmacSHA1"));
			byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
			int offset = hash[hash.length - 1] & 0x0f;
			int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
					| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
			String digits = Integer.toString(binary % POWERS[DIGITS]);
			return "0".repeat(DIGITS - digits.length()) + digits;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA1 is unavailable", ex);
		}
	}

	/**
	 * The step whose code {@code code} is, if it is within {@link #SKEW_STEPS} of
	 * {@code now} and later than {@code lastUsedStep}.
	 * @param lastUsedStep the last step a code was accepted for, or -1 for none
	 */
	public static OptionalLong verify(byte[] key, String code, Instant now, long lastUsedStep) {
		if (code.length() != DIGITS || !code.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			return OptionalLong.empty();
		}
		long current = step(now);
		byte[] typed = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
		OptionalLong matched = OptionalLong.empty();
		for (long step = current - SKEW_STEPS; step <= current + SKEW_STEPS; step++) {
			// every step in the window is compared, in constant time, so that the time
			// taken does not say whether or where a code matched
			boolean equal = java.security.MessageDigest
				.isEqual(code(key, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII), typed);
			if (equal && step > lastUsedStep && matched.isEmpty()) {
				matched = OptionalLong.of(step);
			}
		}
		return matched;
	}

}
