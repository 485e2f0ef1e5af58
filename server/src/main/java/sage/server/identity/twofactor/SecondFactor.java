package sage.server.identity.twofactor;

import org.jspecify.annotations.Nullable;

/**
 * What a user typed as their second factor: a TOTP code or a recovery code (one of the
 * two). Its string form never holds either.
 *
 * @param code the 6 digits from the authenticator app
 * @param recoveryCode one of the one-time recovery codes
 */
public record SecondFactor(@Nullable String code, @Nullable String recoveryCode) {

	/** A TOTP code. */
	public static SecondFactor totp(String code) {
		return new SecondFactor(code, null);
	}

	/** A recovery code. */
	public static SecondFactor recovery(String recoveryCode) {
		return new SecondFactor(null, recoveryCode);
	}

	/** {@code recovery-code} or {@code totp}, for the audit log. */
	public String method() {
		return (this.recoveryCode != null && !this.recoveryCode.isBlank()) ? "recovery-code" : "totp";
	}

	@Override
	public String toString() {
		return "SecondFactor[" + method() + "]";
	}

}
