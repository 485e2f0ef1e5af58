package sage.server.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The bodies the sign-in endpoints read. */
final class AuthRequests {

	private AuthRequests() {
	}

	/**
	 * A new account.
	 *
	 * @param email the address to sign in with
	 * @param password 12 to 128 characters, not a common or breached password
	 * @param displayName how to address the user (optional)
	 */
	@Schema(name = "RegisterRequest")
	record Register(@Schema(example = "jane@example.com") @NotNull @Size(max = 320) String email,
			@Schema(example = "correct horse battery staple", minLength = 12,
					maxLength = 128) @NotNull @Size(max = 1024) String password,
			@Schema(example = "Jane", maxLength = 100) @Nullable @Size(max = 400) String displayName) {

		@Override
		public String toString() {
			return "Register[password=******]";
		}

	}

	/**
	 * A sign-in.
	 *
	 * @param email the account's email
	 * @param password its password
	 */
	@Schema(name = "LoginRequest")
	record Login(@Schema(example = "jane@example.com") @NotNull @Size(max = 320) String email,
			@Schema(example = "correct horse battery staple") @NotNull @Size(max = 1024) String password) {

		@Override
		public String toString() {
			return "Login[password=******]";
		}

	}

	/**
	 * The first administrator, with the setup token printed at start.
	 *
	 * @param token the token from the server's log
	 * @param email the administrator's email
	 * @param password 12 to 128 characters, not a common or breached password
	 * @param displayName how to address them (optional)
	 */
	@Schema(name = "SetupRequest")
	record Setup(@Schema(example = "q8Xw0c1p3kXk0b7oQ2yWm1JYt9ZxS4aH") @NotNull @Size(max = 200) String token,
			@Schema(example = "admin@example.com") @NotNull @Size(max = 320) String email,
			@Schema(example = "correct horse battery staple") @NotNull @Size(max = 1024) String password,
			@Schema(example = "Admin") @Nullable @Size(max = 400) String displayName) {

		@Override
		public String toString() {
			return "Setup[token=******, password=******]";
		}

	}

	/**
	 * The second step of a sign-in, or proof for turning two-factor authentication off:
	 * one of a TOTP code and a recovery code.
	 *
	 * @param code the 6 digits the authenticator app shows now
	 * @param recoveryCode an unused recovery code (each works once)
	 */
	@Schema(name = "SecondFactorRequest",
			description = "One of code and recoveryCode. Codes are accepted once, within 30 seconds either side.")
	record SecondFactorBody(@Schema(example = "492039") @Nullable @Size(max = 16) String code,
			@Schema(example = "k7hqp-2mzxa") @Nullable @Size(max = 64) String recoveryCode) {

		/**
		 * The factor, or an {@code invalid-request} problem when neither or both came.
		 */
		sage.server.identity.twofactor.SecondFactor factor() {
			boolean hasCode = this.code != null && !this.code.isBlank();
			boolean hasRecovery = this.recoveryCode != null && !this.recoveryCode.isBlank();
			if (hasCode == hasRecovery) {
				throw sage.server.platform.ProblemException.invalidFields(java.util.List
					.of(new sage.server.platform.FieldProblem("code", "send either code or recoveryCode")));
			}
			return new sage.server.identity.twofactor.SecondFactor(hasCode ? this.code : null,
					hasRecovery ? this.recoveryCode : null);
		}

		@Override
		public String toString() {
			return "SecondFactorBody[******]";
		}

	}

	/**
	 * The first code after set-up.
	 *
	 * @param code the 6 digits the authenticator app shows now
	 */
	@Schema(name = "TwoFactorConfirmRequest")
	record Confirm(@Schema(example = "492039") @NotNull @Size(max = 16) String code) {

		@Override
		public String toString() {
			return "Confirm[code=******]";
		}

	}

}
