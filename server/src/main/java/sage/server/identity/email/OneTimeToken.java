package sage.server.identity.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A one-time token as stored: its hash, never the token. The token (32 random bytes,
 * base64url) is only in the email; whoever reads the table cannot use a row.
 *
 * @param hash the SHA-256 of the token, hex
 * @param accountId the account it was issued for
 * @param purpose what it proves
 * @param createdAt when it was issued
 * @param expiresAt when it stops working
 * @param usedAt when it was used (or voided by a newer one); {@code null} while unused
 */
public record OneTimeToken(String hash, UUID accountId, TokenPurpose purpose, Instant createdAt, Instant expiresAt,
		@Nullable Instant usedAt) {

	/** The random bytes of a token: 256 bits, beyond guessing or brute force. */
	static final int BYTES = 32;

	/** A token for {@code accountId}, issued at {@code now}, and its value to send. */
	static Issued issue(SecureRandom random, UUID accountId, TokenPurpose purpose, Instant now) {
		byte[] secret = new byte[BYTES];
		random.nextBytes(secret);
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		return new Issued(value,
				new OneTimeToken(hash(value), accountId, purpose, now, now.plus(purpose.validity()), null));
	}

	/**
	 * A token just issued: the value for the email, the row for the table.
	 *
	 * @param value the token, to send once and forget
	 * @param stored what is kept
	 */
	record Issued(String value, OneTimeToken stored) {

		@Override
		public String toString() {
			return "Issued[value=******, stored=" + this.stored + "]";
		}

	}

	/** The SHA-256 of a token as offered, hex (what the table is keyed by). */
	static String hash(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Why this token cannot be used at {@code now}, or {@code null} when it can.
	 * @return {@code used} or {@code expired}
	 */
	@Nullable String refusal(Instant now) {
		if (this.usedAt != null) {
			return "used";
		}
		if (!now.isBefore(this.expiresAt)) {
			return "expired";
		}
		return null;
	}

}
