package sage.server.identity.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The bodies of email verification and password reset. */
final class EmailRequests {

	private EmailRequests() {
	}

	/**
	 * The token from an emailed verification link.
	 *
	 * @param token the {@code token} query parameter of the link
	 */
	@Schema(name = "EmailVerificationConfirmRequest")
	record ConfirmVerification(
			@Schema(example = "Yk3x0w4Q8pZb1sJmN2vR7tLc9eHa6uDf5gKi0oPq3rS") @NotNull @Size(max = 200) String token) {

		@Override
		public String toString() {
			return "ConfirmVerification[token=******]";
		}

	}

	/**
	 * A forgotten password.
	 *
	 * @param email the account's email
	 */
	@Schema(name = "PasswordResetRequest")
	record RequestReset(@Schema(example = "jane@example.com") @NotNull @Size(max = 320) String email) {

	}

	/**
	 * A new password with the token from an emailed reset link.
	 *
	 * @param token the {@code token} query parameter of the link
	 * @param password 12 to 128 characters, not a common or breached password
	 */
	@Schema(name = "PasswordResetConfirmRequest")
	record ConfirmReset(
			@Schema(example = "Yk3x0w4Q8pZb1sJmN2vR7tLc9eHa6uDf5gKi0oPq3rS") @NotNull @Size(max = 200) String token,
			@Schema(example = "violet canoe drums at noon", minLength = 12,
					maxLength = 128) @NotNull @Size(max = 1024) String password) {

		@Override
		public String toString() {
			return "ConfirmReset[token=******, password=******]";
		}

	}

}
