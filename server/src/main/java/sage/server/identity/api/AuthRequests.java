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

}
